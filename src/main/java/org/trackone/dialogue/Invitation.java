package org.trackone.dialogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The secretariat's invitation of a person to a meeting, for a participant or in a
 * capacity of their own, and the person's answer.
 *
 * @param answer null while the person has not answered
 */
public record Invitation(long id, long meetingId, String username, @Nullable String participant,
        AttendanceCapacity capacity, Instant invitedAt, String invitedBy, @Nullable InvitationAnswer answer,
        @Nullable Instant answeredAt) {

    public boolean declined() {
        return answer == InvitationAnswer.DECLINED;
    }
}
