package org.trackone.dialogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.trackone.access.Ministry;

/**
 * A national perspective on the period a meeting reviews, by one ministry of one
 * delegation. Immutable: a resubmission is a new version that supersedes this one.
 *
 * @param supersedes the version this one replaces; null for the first
 * @param language the language it is written in: en, ko, ja, zh or ru
 * @param late whether it arrived after the deadline (under a body rule that marks late ones)
 * @param attachment the PDF submitted with this version; null when none was
 */
public record Perspective(long id, long meetingId, String participant, Ministry ministry, int version,
        @Nullable Long supersedes, String language, String text, List<String> topics, Instant submittedAt,
        String submittedBy, boolean late, @Nullable PerspectiveAttachment attachment) {
}
