package org.trackone.framework;

/**
 * Published when a membership changes. An official act: later the record module signs
 * it and appends it to the log.
 */
public record MembershipChanged(MembershipChange change) {
}
