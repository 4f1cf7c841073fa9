package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A request of one participating state to another, every step timed: the question and
 * its reply deadline, the reply (which closes it), and for unusual military activity the
 * meeting requested after the reply and its deadline, then the record of the meeting held,
 * judged against that deadline.
 */
public record RiskReductionRequest(long id, String bodyCode, RequestKind kind, String requestingState,
        String addresseeState, @Nullable Long aboutNotification, @Nullable Long aboutExchange, String question,
        String askedBy, Instant askedAt, Instant replyDue, int ruleSetVersion, @Nullable Reply reply,
        @Nullable Meeting meeting, @Nullable MeetingRecord meetingRecord) {

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

    /** The step the request has reached. */
    @JsonProperty("step")
    public RequestStep step() {
        if (meetingRecord != null) {
            return RequestStep.MEETING_HELD;
        }
        if (meeting != null) {
            return RequestStep.MEETING_REQUESTED;
        }
        return reply == null ? RequestStep.ASKED : RequestStep.REPLIED;
    }

    /** Whether the meeting was held after it was due. */
    @JsonProperty("meetingLate")
    public boolean meetingLate() {
        return meetingHoursLate() > 0;
    }

    /** By how many hours (begun) the meeting was held after it was due; 0 when in time or not held. */
    @JsonProperty("meetingHoursLate")
    public long meetingHoursLate() {
        if (meeting == null || meetingRecord == null || !meetingRecord.heldAt().isAfter(meeting.meetingDue())) {
            return 0;
        }
        Duration late = Duration.between(meeting.meetingDue(), meetingRecord.heldAt());
        return late.toHours() + (late.equals(Duration.ofHours(late.toHours())) ? 0 : 1);
    }

    /** Whether a requested meeting is still not recorded past its deadline. */
    public boolean meetingOverdue(Instant now) {
        return meeting != null && meetingRecord == null && now.isAfter(meeting.meetingDue());
    }
}
