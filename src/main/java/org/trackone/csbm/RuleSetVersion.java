package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a body's regime: the rules, the day from which they apply, and who
 * recorded them when. A version is never changed; a change of the rules is a new version.
 */
public record RuleSetVersion(String bodyCode, int version, LocalDate effectiveFrom, RuleSet rules,
        Instant recordedAt, String recordedBy) {
}
