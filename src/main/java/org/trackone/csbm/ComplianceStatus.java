package org.trackone.csbm;

/** How a state met one obligation of one year. */
public enum ComplianceStatus {
    /** Done by the due day. */
    ON_TIME,
    /** Done, after the due day. */
    LATE,
    /** Not done, and the due day has passed. */
    MISSING,
    /** Not done yet, and not yet due. */
    PENDING,
    /** The measure was not in force. */
    NOT_REQUIRED
}
