package org.trackone.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the secretariat enters to create or edit a body. References are codes; blank means none. */
public record BodyDetails(
        @NotBlank @Pattern(regexp = ParticipantDetails.CODE) @Nullable String code,
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable BodyKind kind,
        @Size(max = 32) @Nullable String parent,
        @NotNull @Nullable Track track,
        @NotNull @Nullable Mandate mandate,
        @NotNull @Nullable DecisionRule decisionRule,
        @NotNull @Nullable RecordRule recordRule,
        @NotNull @Nullable BodyStatus status,
        @Size(max = 32) @Nullable String format,
        @Size(max = 32) @Nullable String host,
        @Nullable HistoricalDate convenedOn,
        @Size(max = 5000) @Nullable String description) {
}
