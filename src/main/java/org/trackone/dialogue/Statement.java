package org.trackone.dialogue;

import org.jspecify.annotations.Nullable;

/**
 * One statement in a record. Speaker and affiliation are present only in sessions on the
 * record; elsewhere they are always null.
 */
public record Statement(int position, @Nullable String speaker, @Nullable String affiliation, String text) {
}
