package org.trackone.framework.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipStatus;

/** A participant's membership of a body: where it stands now and every change that led there. */
@Schema(name = "Membership", description = "A participant's membership of a body with its whole history.")
record MembershipResponse(
        @Schema(example = "MAC") String body,
        @Schema(example = "PRK") String participant,
        @Schema(description = "The status after the latest change.") @Nullable MembershipStatus status,
        @Schema(description = "Whether the participant takes part now (a member or an observer).") boolean takesPart,
        @Schema(description = "Date of the latest change: YYYY, YYYY-MM or YYYY-MM-DD.", example = "1994-03")
        @Nullable String since,
        @Schema(description = "Every change, oldest first.") List<MembershipChangeResponse> changes) {

    static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.bodyCode(), membership.participant().value(),
                membership.currentStatus(), membership.takesPart(),
                membership.since().map(Object::toString).orElse(null),
                membership.changes().stream().map(MembershipChangeResponse::of).toList());
    }
}
