package org.trackone.dialogue;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What a delegation's ministry sends: the language, the text, and the topics it covers. */
public record PerspectiveSubmission(
        @NotBlank @Pattern(regexp = "en|ko|ja|zh|ru", message = "must be one of en, ko, ja, zh, ru") @Nullable String language,
        @PlainText @NotBlank @Size(max = Perspectives.MAX_TEXT) @Nullable String text,
        @Size(max = 20) @Nullable List<@PlainText @NotBlank @Size(max = 100) String> topics) {
}
