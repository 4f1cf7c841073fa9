package org.trackone.framework;

import java.util.List;

/** A named composition of a table, such as "2+2": the participants it brings together. */
public record Format(String code, String name, String description, List<ParticipantCode> participants) {

    public Format {
        participants = List.copyOf(participants);
    }
}
