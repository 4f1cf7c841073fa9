package org.trackone.csbm;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An item in an addressee state's inbox: what it is, from whom, and the state's acknowledgement.
 *
 * @param year for an annual exchange or calendar, its year
 * @param version for an annual exchange or calendar, its version (a correction is a later one)
 */
public record DeliveredItem(ItemKind kind, long itemId, String bodyCode, String fromState, Instant deliveredAt,
        @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Integer year,
        @Nullable Integer version) {

    @JsonProperty("acknowledged")
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
