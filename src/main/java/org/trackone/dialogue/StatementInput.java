package org.trackone.dialogue;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.trackone.PlainText;

/**
 * A statement as the rapporteur writes it; speaker and affiliation are refused outside
 * sessions on the record. Its text form (what a debug log of the request shows) names
 * neither, nor quotes the statement, since it may be one that is about to be refused.
 * Speaker and affiliation carry no bean constraints: a refusal by bean validation would
 * quote the rejected value, so {@code Records} checks them without repeating them.
 */
public record StatementInput(
        @Nullable String speaker,
        @Nullable String affiliation,
        @PlainText @Size(max = 10_000) @Nullable String text) {

    @Override
    public String toString() {
        return "StatementInput[speaker " + (speaker == null ? "absent" : "given") + ", affiliation "
                + (affiliation == null ? "absent" : "given") + ", text of "
                + (text == null ? 0 : text.length()) + " characters]";
    }
}
