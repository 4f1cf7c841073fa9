package org.trackone.framework;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What the secretariat enters to create or edit a format. */
public record FormatDetails(
        @NotBlank @Pattern(regexp = ParticipantDetails.CODE) @Nullable String code,
        @PlainText @NotBlank @Size(max = 100) @Nullable String name,
        @PlainText @Size(max = 5000) @Nullable String description,
        @NotEmpty @Size(max = 100) @Nullable List<@NotNull @Pattern(regexp = ParticipantDetails.CODE) String> participants) {
}
