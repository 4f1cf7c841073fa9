package org.trackone.dialogue;

/** A meeting was scheduled ({@code version} 1) or its arrangements changed (a later version). */
public record MeetingScheduled(long meetingId, String bodyCode, int version) {
}
