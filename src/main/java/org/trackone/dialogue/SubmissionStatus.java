package org.trackone.dialogue;

import org.jspecify.annotations.Nullable;
import org.trackone.access.Ministry;

/**
 * Where one ministry of one delegation stands for a meeting: its latest perspective, or
 * none yet (missing).
 */
public record SubmissionStatus(String participant, Ministry ministry, @Nullable Perspective latest) {

    public boolean missing() {
        return latest == null;
    }
}
