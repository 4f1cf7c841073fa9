package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * One deadline a participating state has not met yet: its reminder is shown from
 * {@code lead} before {@code due} on, and it is overdue once {@code due} has passed.
 *
 * @param state the state that owes it
 * @param fromState the state whose item it answers or acknowledges; null for the state's own annual submissions
 * @param itemId the request, incident report or hotline message; null for an annual submission
 * @param year the year of an annual exchange or calendar; null otherwise
 * @param due the last instant at which it is met in time (an annual submission: the end of its due day, UTC)
 * @param lead how long before {@code due} its reminder is shown
 * @param stage whether it is shown as a reminder or is overdue, at the time it was looked up
 * @param path the page of the item, where the state meets it
 */
public record Deadline(DeadlineKind kind, String bodyCode, String state, @Nullable String fromState,
        @Nullable Long itemId, @Nullable Integer year, Instant due, @JsonIgnore Duration lead, Stage stage,
        String path) {

    /** Where a deadline stands at a moment. */
    public enum Stage {
        /** Its reminder time has not come. */
        NOT_YET,
        /** Within the lead time before it: a reminder is shown. */
        REMINDER,
        /** It has passed. */
        OVERDUE
    }

    /** The unit a time left or overdue is told in: the largest of which there is at least one. */
    public enum Unit {
        DAYS, HOURS, MINUTES
    }

    /** A time told in one unit, rounded down: "3 days", "5 hours", "0 minutes". */
    public record Amount(long count, Unit unit) {

        public static Amount of(Duration duration) {
            Duration d = duration.isNegative() ? duration.negated() : duration;
            if (d.toDays() > 0) {
                return new Amount(d.toDays(), Unit.DAYS);
            }
            return d.toHours() > 0 ? new Amount(d.toHours(), Unit.HOURS) : new Amount(d.toMinutes(), Unit.MINUTES);
        }
    }

    /**
     * The stage of a deadline at {@code now}: overdue exactly when now is after {@code due};
     * a reminder exactly when now is within {@code lead} before it (both ends included).
     */
    public static Stage stage(Instant due, Duration lead, Instant now) {
        if (now.isAfter(due)) {
            return Stage.OVERDUE;
        }
        return now.isBefore(due.minus(lead)) ? Stage.NOT_YET : Stage.REMINDER;
    }

    static Deadline of(DeadlineKind kind, String bodyCode, String state, @Nullable String fromState,
            @Nullable Long itemId, @Nullable Integer year, Instant due, Duration lead, Instant now, String path) {
        return new Deadline(kind, bodyCode, state, fromState, itemId, year, due, lead, stage(due, lead, now), path);
    }

    public boolean overdue() {
        return stage == Stage.OVERDUE;
    }

    /** The time left until it is due, or by which it is overdue, at {@code now}. */
    public Amount amount(Instant now) {
        return Amount.of(Duration.between(now, due));
    }
}
