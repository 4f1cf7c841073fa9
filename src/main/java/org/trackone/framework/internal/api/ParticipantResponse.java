package org.trackone.framework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantKind;

/** A participant: a state or an international organization. */
@Schema(name = "Participant",
        description = "A state or an international organization that takes part in the framework.")
record ParticipantResponse(
        @Schema(example = "XYZ") String code,
        ParticipantKind kind,
        @Schema(example = "Republic of Example") String name,
        @Schema(example = "Example State") String shortName,
        String description) {

    static ParticipantResponse of(Participant participant) {
        return new ParticipantResponse(participant.code().value(), participant.kind(), participant.name(),
                participant.shortName(), participant.description());
    }
}
