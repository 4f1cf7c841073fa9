package org.trackone.csbm;

/**
 * What a participating state has to do by a deadline: submit its own annual exchange or
 * calendar by its due day, reply to a request or a hazardous incident report addressed to
 * it, acknowledge a hotline message sent to it, or hold (and record) the meeting requested
 * after a reply about unusual military activity, which both states concerned owe.
 */
public enum DeadlineKind {
    ANNUAL_EXCHANGE, ANNUAL_CALENDAR, CLARIFICATION_REPLY, UNUSUAL_ACTIVITY_REPLY, INCIDENT_REPLY,
    HOTLINE_ACKNOWLEDGEMENT, UNUSUAL_ACTIVITY_MEETING
}
