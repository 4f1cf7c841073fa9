package org.trackone.dialogue;

import java.time.Instant;

/** An attendee's proposed change to a record during its amendment phase. */
public record RecordAmendment(long id, long recordId, int version, String proposedBy, String text,
        Instant proposedAt) {
}
