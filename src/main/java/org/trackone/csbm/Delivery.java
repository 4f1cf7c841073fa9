package org.trackone.csbm;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A submission delivered to one addressee state's inbox, and that state's acknowledgement once given. */
public record Delivery(String addressee, Instant deliveredAt, @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy) {

    @JsonProperty("acknowledged")
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
