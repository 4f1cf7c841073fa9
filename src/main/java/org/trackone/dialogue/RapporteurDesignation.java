package org.trackone.dialogue;

import java.time.Instant;

/**
 * The secretariat's designation of the rapporteur of a session: the attendee (never an
 * observer) who alone starts and drafts its record. The latest designation applies.
 */
public record RapporteurDesignation(long meetingId, int sessionPosition, String username, Instant designatedAt,
        String designatedBy) {
}
