package org.trackone.dialogue;

import org.trackone.access.Ministry;

/** A delegation's ministry submitted a perspective (or a new version of one) for a meeting. */
public record PerspectiveSubmitted(long perspectiveId, long meetingId, String participant, Ministry ministry,
        int version, boolean late) {
}
