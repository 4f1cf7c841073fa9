package org.trackone.dialogue;

import java.time.Instant;

/** An expert's analysis of a topic assigned for a meeting; a resubmission is the next version. */
public record ExpertAnalysis(long id, long assignmentId, String topic, String expert, int version, String text,
        Instant submittedAt) {
}
