package org.trackone.csbm;

/**
 * How far a risk-reduction request has come: asked, replied to, and for unusual military
 * activity a meeting requested after the reply, then the meeting held and recorded.
 */
public enum RequestStep {
    ASKED, REPLIED, MEETING_REQUESTED, MEETING_HELD
}
