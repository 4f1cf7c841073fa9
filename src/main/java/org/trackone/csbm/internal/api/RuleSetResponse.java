package org.trackone.csbm.internal.api;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.trackone.csbm.RuleSet;
import org.trackone.csbm.RuleSetVersion;

/** One version of a body's regime. */
@Schema(description = "One version of a body's confidence-building regime: its rules and when they apply.")
record RuleSetResponse(
        String body,
        @Schema(description = "Version number, from 1.") int version,
        @Schema(description = "The day from which these rules apply.") LocalDate effectiveFrom,
        @Schema(description = "Whether this is the version in force today.") boolean inForce,
        @Schema(description = "The stage of the step-by-step approach: that of the most advanced measure in force.")
        int stage,
        RuleSet rules,
        Instant recordedAt,
        String recordedBy) {

    static RuleSetResponse of(RuleSetVersion version, boolean inForce) {
        return new RuleSetResponse(version.bodyCode(), version.version(), version.effectiveFrom(), inForce,
                version.rules().stage(), version.rules(), version.recordedAt(), version.recordedBy());
    }
}
