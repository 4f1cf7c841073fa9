package org.trackone.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/**
 * What the secretariat enters to schedule or change a meeting. The body and host are
 * codes of the framework; a plenary without a number gets the next one of its series;
 * a meeting without a period reviews the time since the body's previous plenary; a
 * meeting without a perspective deadline gets the one the body's rules set.
 */
public record MeetingDetails(
        @PlainText @NotBlank @Size(max = 32) @Nullable String body,
        @NotNull @Nullable MeetingKind kind,
        @Min(1) @Max(999) @Nullable Integer number,
        @PlainText @NotBlank @Size(max = 200) @Nullable String title,
        @NotNull @Nullable LocalDate startsOn,
        @NotNull @Nullable LocalDate endsOn,
        @PlainText @NotBlank @Size(max = 200) @Nullable String venue,
        @PlainText @Size(max = 32) @Nullable String host,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Nullable Instant perspectiveDeadline,
        @PlainText @Size(max = 5000) @Nullable String description,
        @Size(max = 40) @Nullable List<@Valid @NotNull SessionDetails> sessions) {
}
