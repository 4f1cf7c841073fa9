package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What the secretariat enters to set up a study group. */
public record StudyGroupDetails(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,31}", message = "must be 2 to 32 letters, digits or hyphens") @Nullable String code,
        @PlainText @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull StudyGroup.@Nullable Kind kind,
        @PlainText @NotBlank @Size(max = 32) @Nullable String body,
        @PlainText @NotBlank @Size(max = 5000) @Nullable String mandate,
        @NotNull @Nullable LocalDate termFrom,
        @NotNull @Nullable LocalDate termTo,
        @Size(max = 100) @Nullable List<@PlainText @NotBlank @Size(max = 200) String> members) {
}
