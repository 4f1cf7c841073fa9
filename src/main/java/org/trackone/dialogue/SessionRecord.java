package org.trackone.dialogue;

import java.time.Instant;
import java.util.List;

/**
 * One version of the record of a session.
 *
 * @param recordId the record, the same across its versions
 * @param sessionPosition the session of the meeting it records
 * @param recordRule the session's record rule
 */
public record SessionRecord(long recordId, long meetingId, int sessionPosition, SessionRecordRule recordRule,
        String rapporteur, int version, RecordStatus status, List<Statement> statements, Instant createdAt) {
}
