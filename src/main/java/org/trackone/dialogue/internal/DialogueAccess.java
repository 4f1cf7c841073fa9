package org.trackone.dialogue.internal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.trackone.NotFound;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.Perspectives;

/**
 * Who may read the preparatory work of a meeting — its national perspectives, the
 * overlap report, the topics assigned to experts and their analyses: the secretariat,
 * the experts, and the delegates of the states that take part in the meeting's body.
 * A delegate of any other state may not, whatever its role. Used in
 * {@code @PreAuthorize("@dialogueAccess.readsWorkOf(#id, authentication)")}.
 */
@Component("dialogueAccess")
public class DialogueAccess {

    private final Meetings meetings;
    private final Perspectives perspectives;

    DialogueAccess(Meetings meetings, Perspectives perspectives) {
        this.meetings = meetings;
        this.perspectives = perspectives;
    }

    public boolean readsWorkOf(long meetingId, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.secretariat() || viewer.expert()) {
            return true;
        }
        if (!viewer.delegate() || viewer.participant() == null) {
            return false;
        }
        Meeting meeting;
        try {
            meeting = meetings.meeting(meetingId);
        } catch (NotFound e) {
            return true; // the handler answers 404 for a meeting that does not exist
        }
        return perspectives.delegations(meeting).contains(viewer.participant());
    }
}
