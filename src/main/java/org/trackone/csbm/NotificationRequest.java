package org.trackone.csbm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A prior notification as a delegate sends it. Every field is checked by
 * {@link PriorNotifications#submit}; a refusal names the field at fault.
 */
@Schema(description = "A military activity notified in advance.")
public record NotificationRequest(
        @Schema(description = "The notifying state: the delegate's own.", example = "KOR") @Nullable String state,
        @Nullable ActivityType type,
        @Schema(description = "First day of the activity.", example = "2027-03-01") @Nullable LocalDate startsOn,
        @Schema(description = "Last day of the activity.", example = "2027-03-10") @Nullable LocalDate endsOn,
        @Schema(description = "The area: points, or the corners of a polygon in order.")
        @Nullable List<@Nullable Coordinates> area,
        @Schema(description = "Counts by force; a force left out counts zero.", example = "{\"TROOPS\": 12000}")
        @Nullable Map<Force, @Nullable Integer> forces,
        @Schema(description = "Ids of earlier notifications of the same state that this activity links to.")
        @Nullable List<@Nullable Long> linkedTo,
        @Schema(description = "What the activity is, in the state's words.") @Nullable String description) {

    /** A point as sent, checked when the activity is made. */
    public record Coordinates(@Nullable Double latitude, @Nullable Double longitude) {
    }
}
