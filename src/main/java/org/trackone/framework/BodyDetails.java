package org.trackone.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What the secretariat enters to create or edit a body. References are codes; blank means none. */
public record BodyDetails(
        @NotBlank @Pattern(regexp = ParticipantDetails.CODE) @Nullable String code,
        @PlainText @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable BodyKind kind,
        @PlainText @Size(max = 32) @Nullable String parent,
        @NotNull @Nullable Track track,
        @NotNull @Nullable Mandate mandate,
        @NotNull @Nullable DecisionRule decisionRule,
        @NotNull @Nullable RecordRule recordRule,
        @NotNull @Nullable BodyStatus status,
        @PlainText @Size(max = 32) @Nullable String format,
        @PlainText @Size(max = 32) @Nullable String host,
        @Nullable HistoricalDate convenedOn,
        @PlainText @Size(max = 5000) @Nullable String description) {
}
