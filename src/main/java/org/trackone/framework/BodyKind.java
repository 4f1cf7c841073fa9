package org.trackone.framework;

/** The kinds of body a framework is made of. */
public enum BodyKind {
    DIALOGUE, PREPARATORY_MEETING, PLENARY, TALKS, SUB_COMMITTEE, WORKSHOP, STUDY_GROUP, FORUM, COMMISSION, SUMMIT
}
