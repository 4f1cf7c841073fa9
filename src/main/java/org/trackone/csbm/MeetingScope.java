package org.trackone.csbm;

/** Who meets after a reply about unusual military activity: the two states, or all participating states. */
public enum MeetingScope {
    BILATERAL, ALL_STATES
}
