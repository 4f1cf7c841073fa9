package org.trackone.dialogue;

/** What a body does with a perspective that arrives after its deadline. */
public enum LatePerspectives {
    /** Accepted like any other. */
    ACCEPT,
    /** Accepted, and marked late for everyone to see. */
    MARK_LATE,
    /** Refused: nothing is written. */
    REFUSE
}
