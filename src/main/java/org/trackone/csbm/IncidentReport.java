package org.trackone.csbm;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.trackone.csbm.NotificationRequest.Coordinates;

/**
 * A hazardous incident report as a delegate files it. Every field is checked by
 * {@link HazardousIncidents#report}; a refusal names the field at fault.
 */
@Schema(description = "A hazardous incident at sea or in the air, reported to the other state involved.")
public record IncidentReport(
        @Schema(description = "The other state involved: the addressee of the report.", example = "CHN")
        @Nullable String otherState,
        @Nullable IncidentEnvironment environment,
        @Schema(description = "When it happened (UTC), not in the future.", example = "2026-11-20T03:15:00Z")
        @Nullable Instant occurredAt,
        @Schema(description = "Where it happened, in decimal degrees.") @Nullable Coordinates position,
        @Schema(description = "The ships, aircraft or units of both states involved.") @Nullable String unitsInvolved,
        @Schema(description = "The closest approach between them, in whole metres.", example = "150")
        @Nullable Integer closestApproachMetres,
        @Schema(description = "What happened, in the reporting state's words.") @Nullable String whatHappened) {
}
