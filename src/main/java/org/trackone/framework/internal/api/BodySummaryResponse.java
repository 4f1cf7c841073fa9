package org.trackone.framework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.trackone.framework.Body;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.Mandate;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

/** A body as listed: its own attributes, without its children and members. */
@Schema(name = "BodySummary", description = "A body of the framework as it appears in a list.")
record BodySummaryResponse(
        @Schema(example = "RSD") String code,
        @Schema(example = "Regional Security Dialogue") String name,
        BodyKind kind,
        @Schema(description = "Code of the parent body; absent for a top-level body.") @Nullable String parent,
        Track track,
        Mandate mandate,
        DecisionRule decisionRule,
        RecordRule recordRule,
        BodyStatus status,
        @Schema(description = "Code of the format the body is made of, if any.", example = "five-party")
        @Nullable String format,
        @Schema(description = "Code of the hosting participant, if any.", example = "IGCC") @Nullable String host,
        @Schema(description = "When it first met: YYYY, YYYY-MM or YYYY-MM-DD.", example = "1993-11")
        @Nullable String convenedOn,
        String description) {

    static BodySummaryResponse of(Body body) {
        return new BodySummaryResponse(body.code(), body.name(), body.kind(), body.parentCode(), body.track(),
                body.mandate(), body.decisionRule(), body.recordRule(), body.status(), body.formatCode(),
                body.host() == null ? null : body.host().value(),
                body.convenedOn() == null ? null : body.convenedOn().toString(), body.description());
    }
}
