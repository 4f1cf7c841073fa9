package org.trackone.csbm;

import java.time.Instant;

/** An addressee state acknowledged a risk-reduction item delivered to it. */
public record ItemAcknowledged(ItemKind kind, long itemId, String addressee, Instant acknowledgedAt) {
}
