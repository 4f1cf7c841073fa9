package org.trackone.csbm;

import java.time.Instant;

/** A state reported a hazardous incident with another state; it was delivered to that state. */
public record HazardousIncidentReported(long incidentId, String bodyCode, String reportingState, String otherState,
        Instant reportedAt) {
}
