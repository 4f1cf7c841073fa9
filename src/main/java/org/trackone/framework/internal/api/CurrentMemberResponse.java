package org.trackone.framework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipStatus;

/** A participant that takes part in a body now, with its status and since when it holds. */
@Schema(name = "CurrentMember", description = "A participant taking part in a body now.")
record CurrentMemberResponse(
        @Schema(example = "XYZ") String participant,
        MembershipStatus status,
        @Schema(description = "Date of the latest change: YYYY, YYYY-MM or YYYY-MM-DD.", example = "1993-11")
        String since) {

    static CurrentMemberResponse of(Membership membership) {
        return new CurrentMemberResponse(membership.participant().value(), membership.status().orElseThrow(),
                membership.since().orElseThrow().toString());
    }
}
