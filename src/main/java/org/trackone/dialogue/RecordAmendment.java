package org.trackone.dialogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An attendee's proposed change to a record during its amendment phase.
 *
 * @param proposedBy the attendee who proposed it, in sessions on the record only; null
 *     (never stored) where the session does not attribute
 */
public record RecordAmendment(long id, long recordId, int version, @Nullable String proposedBy, String text,
        Instant proposedAt) {
}
