package org.trackone.dialogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What the secretariat enters for one session: title, day, record rule and agenda items. */
public record SessionDetails(
        @PlainText @NotBlank @Size(max = 200) @Nullable String title,
        @NotNull @Nullable LocalDate heldOn,
        @NotNull @Nullable SessionRecordRule recordRule,
        @Size(max = 30) @Nullable List<@PlainText @NotBlank @Size(max = 300) String> agenda) {
}
