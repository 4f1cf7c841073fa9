package org.trackone.csbm;

/**
 * The items delivered to an addressee state's inbox beside prior notifications, each
 * acknowledged there. A reply, a meeting request and an activity report are delivered
 * apart from what they answer or follow, and carry that item's id: each has at most one.
 */
public enum ItemKind {
    HAZARDOUS_INCIDENT, HOTLINE_MESSAGE, ANNUAL_EXCHANGE, ANNUAL_CALENDAR, RISK_REDUCTION_REQUEST,
    /** The addressee state's reply to a risk-reduction request, delivered to the requesting state. */
    REQUEST_REPLY,
    /** The requesting state's meeting request after a reply about unusual activity. */
    MEETING_REQUEST,
    /** The addressed state's reply to a hazardous incident report, delivered to the reporting state. */
    INCIDENT_REPLY,
    /** What actually took place, filed after a notified activity, delivered where the notification went. */
    ACTIVITY_REPORT,
    /** The notifying state's invitation to observe an activity, delivered to every invited state. */
    OBSERVATION_INVITATION,
    /**
     * The record of the meeting held after a meeting request, delivered by the state that
     * recorded it to the other state, or to every other state for an all-states meeting.
     */
    MEETING_RECORD;

    /** Whether only the two states concerned (and the secretariat) read the item and its delivery. */
    public boolean bilateral() {
        return this == HOTLINE_MESSAGE || this == HAZARDOUS_INCIDENT || this == INCIDENT_REPLY;
    }
}
