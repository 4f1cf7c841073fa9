package org.trackone.csbm;

import org.trackone.PlainText;
import org.trackone.RuleViolation;

/** Free text in submissions: stripped, bounded, and without control characters; and required values. */
final class Texts {

    /** What {@link PlainText} allows: no control characters other than tab and line breaks. */
    static final String PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private Texts() {
    }

    static String text(String field, @org.jspecify.annotations.Nullable String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.length() > maxLength) {
            throw new RuleViolation(field, "validation.tooLong", maxLength);
        }
        if (!text.matches(PLAIN_TEXT)) {
            throw new RuleViolation(field, "csbm.plainText");
        }
        return text;
    }

    /** Like {@link #text}, and not blank. */
    static String requiredText(String field, @org.jspecify.annotations.Nullable String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text.isEmpty()) {
            throw new RuleViolation(field, "csbm.required");
        }
        return text;
    }

    /** The value, or a refusal naming the field when there is none. */
    static <T> T required(String field, @org.jspecify.annotations.Nullable T value) {
        if (value == null) {
            throw new RuleViolation(field, "csbm.required");
        }
        return value;
    }
}
