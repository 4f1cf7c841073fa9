package org.trackone.csbm;

import java.time.LocalDate;

/** A new version of a body's regime was adopted, to apply from {@code effectiveFrom}. */
public record RuleSetAdopted(String bodyCode, int version, LocalDate effectiveFrom, String recordedBy) {
}
