package org.trackone.csbm;

/** The kinds of military activity a state notifies. */
public enum ActivityType {
    EXERCISE, CONCENTRATION, TRANSFER, LANDING, SNAP_EXERCISE
}
