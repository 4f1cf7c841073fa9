package org.trackone.csbm;

import java.time.Instant;

/** An addressee state acknowledged a notification delivered to it. */
public record NotificationAcknowledged(long notificationId, String addressee, Instant acknowledgedAt) {
}
