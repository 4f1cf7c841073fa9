package org.trackone.csbm;

import java.time.Instant;

/** A state's exchange for a year while it is being prepared: seen only by that state's delegates. */
public record ExchangeDraft(String bodyCode, String state, int year, MilitaryInformation information,
        String savedBy, Instant savedAt) {
}
