package org.trackone.framework;

/** A participant's stated reaction to a proposal. */
public enum Reaction {
    SUPPORTED, AMBIVALENT, OPPOSED, SILENT
}
