package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;

/** A notified activity in a line, as the annual implementation report lists it with its verdict. */
public record NotificationSummary(long id, String state, ActivityType type, LocalDate startsOn, LocalDate endsOn,
        int troops, boolean notifiable, boolean observable, boolean late, long daysLate, Instant submittedAt) {
}
