package org.trackone.csbm;

import java.time.Instant;

/** A state submitted (or corrected) its annual exchange of military information for a year. */
public record ExchangeSubmitted(long exchangeId, String bodyCode, String state, int year, int version,
        Instant submittedAt, long daysLate) {
}
