package org.trackone.csbm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One state's invitation to observe a notified activity, and its answer once given. */
public record ObservationInvitation(String invitedState, String invitedBy, Instant invitedAt,
        @Nullable Boolean accepted, @Nullable String answeredBy, @Nullable Instant answeredAt) {
}
