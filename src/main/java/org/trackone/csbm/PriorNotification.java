package org.trackone.csbm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A prior notification of a military activity: an official act of the notifying state,
 * never changed once sent, with the verdict of the rules in force that day and its
 * delivery to every other participating state.
 */
public record PriorNotification(long id, String bodyCode, String state, String submittedBy, Instant submittedAt,
        MilitaryActivity activity, List<Long> linkedTo, String description, Verdict verdict,
        List<Delivery> deliveries, @Nullable ActivityReport report, List<ObservationInvitation> invitations) {

    public PriorNotification {
        invitations = List.copyOf(invitations);
        linkedTo = List.copyOf(linkedTo);
        deliveries = List.copyOf(deliveries);
    }

    /** Actual minus notified for each force that differs, once the state has reported; empty before. */
    @JsonProperty("differences")
    public Map<Force, Integer> differences() {
        return report == null ? Map.of() : report.differences(activity.forces());
    }

    /** The addressees that have not acknowledged it yet. */
    @JsonProperty("notAcknowledgedBy")
    public List<String> notAcknowledgedBy() {
        return deliveries.stream().filter(d -> !d.acknowledged()).map(Delivery::addressee).toList();
    }
}
