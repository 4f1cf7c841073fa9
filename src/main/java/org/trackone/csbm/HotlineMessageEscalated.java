package org.trackone.csbm;

import java.time.Instant;

/** A hotline message was not acknowledged in time: it was escalated to the secretariat. */
public record HotlineMessageEscalated(long messageId, String bodyCode, String fromState, String toState,
        Instant escalatedAt) {
}
