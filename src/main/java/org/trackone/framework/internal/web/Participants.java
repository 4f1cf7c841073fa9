package org.trackone.framework.internal.web;

import java.util.Map;

import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.ParticipantKind;

/** Looking up participants for display. */
final class Participants {

    private Participants() {
    }

    /**
     * The participant with this code; a code the directory does not know (which its
     * foreign keys rule out) is shown as itself rather than failing the page.
     */
    static Participant named(Map<ParticipantCode, Participant> participants, ParticipantCode code) {
        Participant participant = participants.get(code);
        return participant != null ? participant
                : new Participant(code, ParticipantKind.STATE, code.value(), code.value(), "");
    }
}
