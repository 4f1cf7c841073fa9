package org.trackone.csbm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A state sent an urgent message over the hotline; it was delivered to the addressee. */
public record HotlineMessageSent(long messageId, String bodyCode, String fromState, String toState, Instant sentAt,
        @Nullable Instant acknowledgementDue) {
}
