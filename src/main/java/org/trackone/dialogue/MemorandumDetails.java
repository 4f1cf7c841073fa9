package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** A memorandum of recommendations, addressed to a track-one body (its code). */
public record MemorandumDetails(
        @PlainText @NotBlank @Size(max = 200) @Nullable String title,
        @PlainText @NotBlank @Size(max = 32) @Nullable String addressedTo,
        @NotNull @Nullable LocalDate submittedOn,
        @NotEmpty @Size(max = 50) @Nullable List<@PlainText @NotBlank @Size(max = 5000) String> recommendations) {
}
