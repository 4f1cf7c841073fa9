package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/** When a deadline shows as a reminder and when as overdue, for any due time, lead time and moment, and at the edges. */
class DeadlineProperties {

    /** Due times from 1990-01-01 to 2200-01-01 (UTC), to the second. */
    private static final long FIRST_DUE = 631_152_000L;
    private static final long LAST_DUE = 7_258_118_400L;

    @Property
    void aReminderIsShownExactlyWhenNowIsWithinTheLeadTimeBeforeTheDeadline(
            @ForAll @LongRange(min = FIRST_DUE, max = LAST_DUE) long dueSecond,
            @ForAll @LongRange(min = 0, max = 90L * 24 * 3600) long leadSeconds,
            @ForAll @LongRange(min = -120L * 24 * 3600, max = 120L * 24 * 3600) long offsetSeconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant due = Instant.ofEpochSecond(dueSecond);
        Duration lead = Duration.ofSeconds(leadSeconds);
        Instant now = due.plusSeconds(offsetSeconds).plusNanos(nanos);
        boolean withinLead = !now.isBefore(due.minus(lead)) && !now.isAfter(due);
        assertThat(Deadline.stage(due, lead, now) == Deadline.Stage.REMINDER).isEqualTo(withinLead);
    }

    @Property
    void itIsOverdueExactlyAfterTheDeadline(@ForAll @LongRange(min = FIRST_DUE, max = LAST_DUE) long dueSecond,
            @ForAll @LongRange(min = 0, max = 90L * 24 * 3600) long leadSeconds,
            @ForAll @LongRange(min = -120L * 24 * 3600, max = 120L * 24 * 3600) long offsetSeconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant due = Instant.ofEpochSecond(dueSecond);
        Instant now = due.plusSeconds(offsetSeconds).plusNanos(nanos);
        assertThat(Deadline.stage(due, Duration.ofSeconds(leadSeconds), now) == Deadline.Stage.OVERDUE)
                .isEqualTo(now.isAfter(due));
    }

    @Property
    void theStageNeverGoesBackAsTimePasses(@ForAll @LongRange(min = FIRST_DUE, max = LAST_DUE) long dueSecond,
            @ForAll @LongRange(min = 0, max = 90L * 24 * 3600) long leadSeconds,
            @ForAll @LongRange(min = -120L * 24 * 3600, max = 120L * 24 * 3600) long offsetSeconds,
            @ForAll @LongRange(min = 0, max = 30L * 24 * 3600) long laterSeconds) {
        Instant due = Instant.ofEpochSecond(dueSecond);
        Duration lead = Duration.ofSeconds(leadSeconds);
        Instant now = due.plusSeconds(offsetSeconds);
        assertThat(Deadline.stage(due, lead, now.plusSeconds(laterSeconds)))
                .isGreaterThanOrEqualTo(Deadline.stage(due, lead, now));
    }

    /** The edges, which generated moments rarely hit: the first instant of the reminder, the deadline, the next nanosecond. */
    @Example
    void theEdgesOfTheReminderAndOfTheDeadline() {
        Instant due = Instant.parse("2026-12-15T23:59:59.999999999Z");
        Duration month = Duration.ofDays(30);
        assertThat(Deadline.stage(due, month, due.minus(month).minusNanos(1))).isEqualTo(Deadline.Stage.NOT_YET);
        assertThat(Deadline.stage(due, month, due.minus(month))).isEqualTo(Deadline.Stage.REMINDER);
        assertThat(Deadline.stage(due, month, due)).isEqualTo(Deadline.Stage.REMINDER);
        assertThat(Deadline.stage(due, month, due.plusNanos(1))).isEqualTo(Deadline.Stage.OVERDUE);
        assertThat(Deadline.stage(due, Duration.ZERO, due)).isEqualTo(Deadline.Stage.REMINDER);
        assertThat(Deadline.stage(due, Duration.ZERO, due.minusNanos(1))).isEqualTo(Deadline.Stage.NOT_YET);
    }

    @Property
    void theTimeLeftIsToldInTheLargestWholeUnit(@ForAll @LongRange(min = -400L * 24 * 3600, max = 400L * 24 * 3600)
            long seconds) {
        Deadline.Amount amount = Deadline.Amount.of(Duration.ofSeconds(seconds));
        long absolute = Math.abs(seconds);
        switch (amount.unit()) {
            case DAYS -> assertThat(amount.count()).isEqualTo(absolute / 86_400).isPositive();
            case HOURS -> assertThat(amount.count()).isEqualTo(absolute / 3600).isPositive()
                    .isLessThan(24);
            case MINUTES -> assertThat(amount.count()).isEqualTo(absolute / 60).isLessThan(60);
        }
    }
}
