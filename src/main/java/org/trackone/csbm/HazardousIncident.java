package org.trackone.csbm;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.trackone.csbm.RiskReductionRequest.Reply;

/**
 * A hazardous incident at sea or in the air, reported by one participating state about
 * an incident with another, delivered to that state's inbox; that state acknowledges it
 * and replies once.
 */
public record HazardousIncident(long id, String bodyCode, String reportingState, String otherState,
        IncidentEnvironment environment, Instant occurredAt, Point position, String unitsInvolved,
        int closestApproachMetres, String whatHappened, String reportedBy, Instant reportedAt,
        List<Delivery> deliveries, @Nullable Reply reply) {

    @JsonProperty("answered")
    public boolean answered() {
        return reply != null;
    }

    @JsonProperty("acknowledged")
    public boolean acknowledged() {
        return deliveries.stream().allMatch(Delivery::acknowledged);
    }
}
