package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What actually took place, as the notifying state filed it after the activity, beside
 * the notification: its dates and forces, and how they differ from what was notified.
 */
public record ActivityReport(long notificationId, LocalDate startsOn, LocalDate endsOn, Forces forces,
        String description, String reportedBy, Instant reportedAt) {

    /** Actual minus notified, for each force that differs. */
    public Map<Force, Integer> differences(Forces notified) {
        Map<Force, Integer> differences = new EnumMap<>(Force.class);
        for (Force force : Force.values()) {
            int difference = forces.count(force) - notified.count(force);
            if (difference != 0) {
                differences.put(force, difference);
            }
        }
        return differences;
    }

    @JsonProperty("durationDays")
    public long durationDays() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }
}
