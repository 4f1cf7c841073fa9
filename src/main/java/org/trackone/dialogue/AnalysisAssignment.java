package org.trackone.dialogue;

import java.time.Instant;

/** A recurring topic of a meeting, assigned to an expert for an analysis. */
public record AnalysisAssignment(long id, long meetingId, String topic, String expert, String note,
        Instant assignedAt, String assignedBy) {
}
