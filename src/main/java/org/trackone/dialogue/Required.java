package org.trackone.dialogue;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;

/** The check every service of the module makes of a value the caller had to give. */
final class Required {

    private Required() {
    }

    /** The value, or a {@link RuleViolation} naming the field when it is absent or blank. */
    static <T> T value(String field, @Nullable T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RuleViolation(field, "dialogue.required");
        }
        return value;
    }
}
