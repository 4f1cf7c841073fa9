package org.trackone.csbm;

/** The risk-reduction channels: a question about a submission, or consultation on unusual military activity. */
public enum RequestKind {
    CLARIFICATION, UNUSUAL_ACTIVITY
}
