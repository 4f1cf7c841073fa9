package org.trackone.dialogue;

/** Where a session's record stands: drafted by the rapporteur, open to attendees' amendments, or final and locked. */
public enum RecordStatus {
    DRAFT, AMENDMENT, FINAL
}
