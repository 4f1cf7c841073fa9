package org.trackone.access;

/** The ministry a delegate speaks for: each delegation has one of each. */
public enum Ministry {
    FOREIGN_AFFAIRS, DEFENCE
}
