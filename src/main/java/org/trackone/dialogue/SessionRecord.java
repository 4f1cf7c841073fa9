package org.trackone.dialogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One version of the record of a session.
 *
 * @param recordId the record, the same across its versions
 * @param sessionPosition the session of the meeting it records
 * @param recordRule the session's record rule
 * @param rapporteur the account that keeps the record; null in what is shown to someone
 *     who may not know who attended a session that does not attribute
 */
public record SessionRecord(long recordId, long meetingId, int sessionPosition, SessionRecordRule recordRule,
        @Nullable String rapporteur, int version, RecordStatus status, List<Statement> statements,
        Instant createdAt) {

    public boolean isRapporteur(@Nullable String username) {
        return username != null && username.equals(rapporteur);
    }

    SessionRecord withoutRapporteur() {
        return new SessionRecord(recordId, meetingId, sessionPosition, recordRule, null, version, status, statements,
                createdAt);
    }
}
