package org.trackone.dialogue;

/** The kinds of meeting a body holds. Only plenaries are numbered in their series. */
public enum MeetingKind {
    PLENARY, PREPARATORY_MEETING, WORKSHOP, STUDY_GROUP_MEETING, SUB_COMMITTEE_SESSION, SUMMIT;

    public boolean numbered() {
        return this == PLENARY;
    }
}
