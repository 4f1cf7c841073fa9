package org.trackone.dialogue;

/**
 * A session's record has a new version. Carries no text, speaker nor affiliation, so
 * that nothing said off the record travels with it.
 */
public record RecordChanged(long recordId, long meetingId, int sessionPosition, int version, RecordStatus status) {
}
