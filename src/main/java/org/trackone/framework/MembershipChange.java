package org.trackone.framework;

import java.time.Instant;

/**
 * One step in the history of a membership. Kept for good: a later change adds a new
 * step, it never rewrites this one.
 *
 * @param sequence position in the membership's history, from 1
 * @param effectiveOn when the change took effect, as precisely as it is known
 * @param recordedAt when it was entered on the platform
 * @param recordedBy the account that entered it
 */
public record MembershipChange(
        String bodyCode,
        ParticipantCode participant,
        int sequence,
        MembershipAction action,
        MembershipStatus statusAfter,
        HistoricalDate effectiveOn,
        String note,
        Instant recordedAt,
        String recordedBy) {
}
