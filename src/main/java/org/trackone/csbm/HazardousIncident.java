package org.trackone.csbm;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.trackone.csbm.RiskReductionRequest.Reply;

/**
 * A hazardous incident at sea or in the air, reported by one participating state about
 * an incident with another, delivered to that state's inbox; that state acknowledges it
 * and replies once, by the hours of the rules in force when it was reported.
 *
 * @param ruleSetVersion the version of the rules in force when it was reported; 0 when none was
 * @param replyDue when the reply is due; null when the rules in force set no reply time
 */
public record HazardousIncident(long id, String bodyCode, String reportingState, String otherState,
        IncidentEnvironment environment, Instant occurredAt, Point position, String unitsInvolved,
        int closestApproachMetres, String whatHappened, String reportedBy, Instant reportedAt, int ruleSetVersion,
        @Nullable Instant replyDue, List<Delivery> deliveries, @Nullable Reply reply) {

    @JsonProperty("answered")
    public boolean answered() {
        return reply != null;
    }

    /** Whether it was answered after its reply was due, or is still unanswered past it; never without a due time. */
    public boolean overdue(Instant now) {
        return replyDue != null && (reply == null ? now.isAfter(replyDue) : reply.repliedAt().isAfter(replyDue));
    }

    @JsonProperty("repliedLate")
    public boolean repliedLate() {
        return replyDue != null && reply != null && reply.repliedAt().isAfter(replyDue);
    }

    /** Unanswered and past its reply time, now. */
    @JsonProperty("replyOverdue")
    public boolean replyOverdue() {
        return reply == null && overdue(Instant.now());
    }

    @JsonProperty("acknowledged")
    public boolean acknowledged() {
        return deliveries.stream().allMatch(Delivery::acknowledged);
    }
}
