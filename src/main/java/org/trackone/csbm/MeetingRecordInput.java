package org.trackone.csbm;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The record of a meeting held after a request about unusual military activity, as a
 * delegate of one of the two states concerned makes it.
 */
@Schema(description = "The record of the meeting held after a meeting request.")
public record MeetingRecordInput(
        @Schema(description = "When the meeting was held: not in the future, not before the meeting request.",
                example = "2026-06-18T07:00:00Z") @Nullable Instant heldAt,
        @Schema(description = "Where it was held.", example = "Vladivostok") @Nullable String place,
        @Schema(description = "The states present. For a bilateral meeting the two states (may be left out); for "
                + "an all-states meeting the participating states present, the two among them.")
        @Nullable List<String> states,
        @Schema(description = "A short record of the outcome.") @Nullable String outcome) {
}
