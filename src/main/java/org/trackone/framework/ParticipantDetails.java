package org.trackone.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What the secretariat enters to create or edit a participant. The code is fixed once created. */
public record ParticipantDetails(
        @NotBlank @Pattern(regexp = CODE) @Nullable String code,
        @NotNull @Nullable ParticipantKind kind,
        @PlainText @NotBlank @Size(max = 200) @Nullable String name,
        @PlainText @NotBlank @Size(max = 100) @Nullable String shortName,
        @PlainText @Size(max = 5000) @Nullable String description) {

    /** The shape of every code: letters, digits and hyphens, 2 to 32 long. */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9-]{1,31}";
}
