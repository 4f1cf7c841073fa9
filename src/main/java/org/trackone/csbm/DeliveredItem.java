package org.trackone.csbm;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A risk-reduction item in an addressee state's inbox: what it is, from whom, and the state's acknowledgement. */
public record DeliveredItem(ItemKind kind, long itemId, String bodyCode, String fromState, Instant deliveredAt,
        @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {

    @JsonProperty("acknowledged")
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
