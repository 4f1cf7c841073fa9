package org.trackone.csbm;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An urgent message from one participating state to another over the hotline: delivered
 * to the addressee's inbox, acknowledged there with its time, and escalated to the
 * secretariat when no acknowledgement came within the minutes of the rules in force when
 * it was sent.
 *
 * @param acknowledgementDue when the acknowledgement is due; null when the rules set no time
 * @param escalatedAt when it was escalated to the secretariat; null while it was not
 */
public record HotlineMessage(long id, String bodyCode, String fromState, String toState, String message,
        String sentBy, Instant sentAt, int ruleSetVersion, @Nullable Instant acknowledgementDue, Delivery delivery,
        @Nullable Instant escalatedAt) {

    @JsonProperty("acknowledged")
    public boolean acknowledged() {
        return delivery.acknowledged();
    }

    @JsonProperty("escalated")
    public boolean escalated() {
        return escalatedAt != null;
    }

    /** Acknowledged after its due time. */
    @JsonProperty("acknowledgedLate")
    public boolean acknowledgedLate() {
        return acknowledgementDue != null && delivery.acknowledgedAt() != null
                && delivery.acknowledgedAt().isAfter(acknowledgementDue);
    }

    /** Not acknowledged, and its due time has passed. */
    public boolean overdue(Instant now) {
        return acknowledgementDue != null && !acknowledged() && now.isAfter(acknowledgementDue);
    }
}
