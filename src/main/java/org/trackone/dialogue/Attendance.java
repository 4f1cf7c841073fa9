package org.trackone.dialogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A person (an account) registered to attend a meeting, for a participant or in a capacity of their own. */
public record Attendance(long meetingId, String username, @Nullable String participant, AttendanceCapacity capacity,
        Instant registeredAt) {
}
