package org.trackone.framework.internal.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChange;
import org.trackone.framework.MembershipStatus;

/** One step in a membership's history. */
@Schema(name = "MembershipChange", description = "One step in the history of a membership; never rewritten.")
record MembershipChangeResponse(
        @Schema(example = "MAC") String body,
        @Schema(example = "PRK") String participant,
        @Schema(description = "Position in the membership's history, from 1.", example = "2") int sequence,
        MembershipAction action,
        MembershipStatus statusAfter,
        @Schema(description = "When it took effect: YYYY, YYYY-MM or YYYY-MM-DD.", example = "1994-03")
        String effectiveOn,
        @Schema(description = "The secretariat's note; absent when there is none or the reader may not see it.")
        @Nullable String note,
        @Schema(description = "When it was entered on the platform.") Instant recordedAt,
        @Schema(description = "The account that entered it; shown to the secretariat, delegates and experts only.")
        @Nullable String recordedBy) {

    static MembershipChangeResponse of(MembershipChange change) {
        return new MembershipChangeResponse(change.bodyCode(), change.participant().value(), change.sequence(),
                change.action(), change.statusAfter(), change.effectiveOn().toString(),
                change.note().isEmpty() ? null : change.note(), change.recordedAt(),
                change.recordedBy().isEmpty() ? null : change.recordedBy());
    }
}
