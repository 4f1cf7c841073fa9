package org.trackone.dialogue;

/**
 * What the record of a session may say. On the record: statements keep their speaker.
 * Chatham House Rule: what was said may be used, but no speaker nor affiliation is
 * recorded, and the attendance list is for attendees. Off the record: nothing is
 * attributed and the record is for attendees. Closed: the record is for attendees.
 */
public enum SessionRecordRule {
    ON_THE_RECORD, CHATHAM_HOUSE, OFF_THE_RECORD, CLOSED;

    /** Whether a statement in the record may name its speaker and affiliation. */
    public boolean attributes() {
        return this == ON_THE_RECORD;
    }

    /** Whether only those who attended may read the record. */
    public boolean recordForAttendeesOnly() {
        return this == OFF_THE_RECORD || this == CLOSED;
    }
}
