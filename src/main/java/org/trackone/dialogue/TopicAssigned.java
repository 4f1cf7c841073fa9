package org.trackone.dialogue;

/** The secretariat assigned a topic of a meeting to an expert for an analysis. */
public record TopicAssigned(long assignmentId, long meetingId, String topic, String expert) {
}
