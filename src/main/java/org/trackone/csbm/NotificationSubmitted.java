package org.trackone.csbm;

import java.time.Instant;
import java.util.List;

/** A state notified a military activity; it was delivered to the addressees named. */
public record NotificationSubmitted(long notificationId, String bodyCode, String state, Instant submittedAt,
        boolean notifiable, boolean late, List<String> addressees) {
}
