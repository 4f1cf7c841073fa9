package org.trackone.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/** What is needed to open an account. A delegate also needs a participant and a ministry. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") @Nullable String username,
        @PlainText @NotBlank @Size(max = 200) @Nullable String displayName,
        @PlainText @NotNull @Size(min = 12, max = 200) @Nullable String password,
        @NotNull @Nullable Role role,
        @Nullable String participant,
        @Nullable Ministry ministry) {
}
