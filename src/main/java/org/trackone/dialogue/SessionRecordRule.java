package org.trackone.dialogue;

import org.trackone.framework.RecordRule;

/**
 * What the record of a session may say. On the record: statements keep their speaker.
 * Chatham House Rule: what was said may be used, but no speaker nor affiliation is
 * recorded, and the attendance list is for attendees. Off the record: nothing is
 * attributed and the record is for attendees. Closed: the record is for attendees.
 * Declared from the least strict to the strictest.
 */
public enum SessionRecordRule {
    ON_THE_RECORD, CHATHAM_HOUSE, OFF_THE_RECORD, CLOSED;

    /**
     * The least strict rule a session of a body with this record rule may have. A body off
     * the record holds its sessions off the record or closed; a public or a restricted body
     * allows any rule (restricted limits who reads its records, which the reading rules
     * apply, not what a record attributes).
     */
    public static SessionRecordRule leastStrictUnder(RecordRule bodyRule) {
        return switch (bodyRule) {
            case PUBLIC, RESTRICTED -> ON_THE_RECORD;
            case OFF_THE_RECORD -> OFF_THE_RECORD;
        };
    }

    /**
     * The rule that applies to a session with this rule in a body with the given record
     * rule: this one, or the least strict rule the body allows when that is stricter (a
     * body whose rule became stricter after the session was scheduled still has its way).
     */
    public SessionRecordRule underBody(RecordRule bodyRule) {
        SessionRecordRule body = leastStrictUnder(bodyRule);
        return atLeastAsStrictAs(body) ? this : body;
    }

    /** Whether this rule is at least as strict as the other: the stricter rule applies. */
    public boolean atLeastAsStrictAs(SessionRecordRule other) {
        return compareTo(other) >= 0;
    }

    /** Whether a statement in the record may name its speaker and affiliation. */
    public boolean attributes() {
        return this == ON_THE_RECORD;
    }

    /** Whether only those who attended may read the record. */
    public boolean recordForAttendeesOnly() {
        return this == OFF_THE_RECORD || this == CLOSED;
    }
}
