package org.trackone.csbm;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A request of one participating state to another, every step timed: the question and
 * its reply deadline, the reply (which closes it), and for unusual military activity the
 * meeting requested after the reply and its deadline.
 */
public record RiskReductionRequest(long id, String bodyCode, RequestKind kind, String requestingState,
        String addresseeState, @Nullable Long aboutNotification, @Nullable Long aboutExchange, String question,
        String askedBy, Instant askedAt, Instant replyDue, int ruleSetVersion, @Nullable Reply reply,
        @Nullable Meeting meeting) {

    /** The answer of the addressee state. */
    public record Reply(String answer, String repliedBy, Instant repliedAt) {
    }

    /** A meeting requested after the reply, due within the rule set's time. */
    public record Meeting(MeetingScope scope, String requestedBy, Instant requestedAt, Instant meetingDue) {
    }

    @JsonProperty("closed")
    public boolean closed() {
        return reply != null;
    }

    /** Whether it was answered after its deadline, or is still unanswered past it. */
    public boolean overdue(Instant now) {
        return reply == null ? now.isAfter(replyDue) : reply.repliedAt().isAfter(replyDue);
    }

    @JsonProperty("repliedLate")
    public boolean repliedLate() {
        return reply != null && reply.repliedAt().isAfter(replyDue);
    }
}
