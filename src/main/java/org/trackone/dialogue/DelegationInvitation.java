package org.trackone.dialogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The secretariat's invitation of a participant's delegation to a meeting, in a capacity.
 * Each delegate of the participant accepts for themselves; one of them may decline for the
 * delegation, once, while none of its delegates is registered.
 *
 * @param acceptedBy the delegates who accepted, in the order they did
 * @param declinedAt null while the delegation has not declined
 * @param declinedBy the delegate who declined for the delegation; null while it has not
 */
public record DelegationInvitation(long id, long meetingId, String participant, AttendanceCapacity capacity,
        Instant invitedAt, String invitedBy, List<String> acceptedBy, @Nullable Instant declinedAt,
        @Nullable String declinedBy) {

    public boolean declined() {
        return declinedAt != null;
    }
}
