package org.trackone.framework;

/** A participant is a state or an international organization. */
public enum ParticipantKind {
    STATE, ORGANIZATION
}
