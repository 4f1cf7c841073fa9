package org.trackone.framework;

/** A state or an organization that takes part in the framework. */
public record Participant(ParticipantCode code, ParticipantKind kind, String name, String shortName,
        String description) {
}
