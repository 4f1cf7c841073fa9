package org.trackone.dialogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One version of the record of a session.
 *
 * @param recordId the record, the same across its versions
 * @param sessionPosition the session of the meeting it records
 * @param recordRule the record rule that applies: the session's, or its body's least strict
 *     rule when that is stricter (as stored, the session's)
 * @param rapporteur the account that keeps the record; null in what is shown to someone
 *     who may not know who attended a session that does not attribute
 */
public record SessionRecord(long recordId, long meetingId, int sessionPosition, SessionRecordRule recordRule,
        @Nullable String rapporteur, int version, RecordStatus status, List<Statement> statements,
        Instant createdAt) {

    public boolean isRapporteur(@Nullable String username) {
        return username != null && username.equals(rapporteur);
    }

    /**
     * This version as read under the rule that applies to it: that rule, and where it does
     * not attribute, no speaker and no affiliation (a record kept before its body's rule
     * became stricter may hold them).
     */
    SessionRecord under(SessionRecordRule rule) {
        if (rule == recordRule) {
            return this;
        }
        List<Statement> shown = rule.attributes() ? statements : statements.stream()
                .map(s -> new Statement(s.position(), null, null, s.text())).toList();
        return new SessionRecord(recordId, meetingId, sessionPosition, rule, rapporteur, version, status, shown,
                createdAt);
    }

    SessionRecord withoutRapporteur() {
        return new SessionRecord(recordId, meetingId, sessionPosition, recordRule, null, version, status, statements,
                createdAt);
    }
}
