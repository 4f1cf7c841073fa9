package org.trackone.framework.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.trackone.framework.Body;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.Mandate;
import org.trackone.framework.Membership;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

/** A body with its place in the tree (parent and children) and the participants taking part now. */
@Schema(name = "Body", description = "A body of the framework with its children and current members.")
record BodyResponse(
        @Schema(example = "RSD") String code,
        @Schema(example = "Regional Security Dialogue") String name,
        BodyKind kind,
        @Schema(description = "Code of the parent body; absent for a top-level body.") @Nullable String parent,
        @Schema(description = "Codes of the bodies whose parent this is.") List<String> children,
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
        String description,
        @Schema(description = "The participants taking part now: members and observers.")
        List<CurrentMemberResponse> currentMembers) {

    static BodyResponse of(Body body, List<Body> children, List<Membership> currentMembers) {
        return new BodyResponse(body.code(), body.name(), body.kind(), body.parentCode(),
                children.stream().map(Body::code).toList(), body.track(), body.mandate(), body.decisionRule(),
                body.recordRule(), body.status(), body.formatCode(), body.host() == null ? null : body.host().value(),
                body.convenedOn() == null ? null : body.convenedOn().toString(), body.description(),
                currentMembers.stream().map(CurrentMemberResponse::of).toList());
    }
}
