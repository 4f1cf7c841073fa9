package org.trackone.framework;

import java.time.Instant;

/** One saved version of a participant, body or format, as JSON, with who saved it and when. */
public record Revision(String subjectType, String subjectCode, String content, Instant recordedAt,
        String recordedBy) {
}
