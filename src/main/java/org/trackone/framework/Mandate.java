package org.trackone.framework;

/** What a body is for: the peninsula question, regional security, or both (the dual mission). */
public enum Mandate {
    PENINSULA, REGIONAL, DUAL
}
