package org.trackone.csbm;

/** The risk-reduction items addressed to one state's inbox, beside prior notifications. */
public enum ItemKind {
    HAZARDOUS_INCIDENT, HOTLINE_MESSAGE
}
