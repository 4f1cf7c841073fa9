package org.trackone.csbm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One notification in a state's inbox, with whether the state has acknowledged it. */
public record InboxItem(long notificationId, String bodyCode, String fromState, ActivityType type,
        java.time.LocalDate startsOn, Instant deliveredAt, @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy, boolean late) {
}
