package org.trackone.framework;

/** Where a body stands: proposed but never convened, meeting, adjourned indefinitely, or dissolved. */
public enum BodyStatus {
    PROPOSED, ACTIVE, ADJOURNED, DISSOLVED
}
