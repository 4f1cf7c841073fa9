package org.trackone.framework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** The secretariat's request to change a participant's membership of a body. */
public record MembershipChangeRequest(
        @NotNull @Pattern(regexp = ParticipantDetails.CODE) @Nullable String participant,
        @NotNull @Nullable MembershipAction action,
        @NotNull @Nullable HistoricalDate effectiveOn,
        @PlainText @Size(max = Membership.MAX_NOTE_LENGTH) @Nullable String note) {
}
