package org.trackone.csbm;

import java.time.Duration;
import java.time.Instant;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/** When a deadline shows as a reminder and when as overdue, for any due time, lead time and moment. */
class DeadlineProperties {

    private static final Instant DUE = Instant.parse("2026-12-15T23:59:59Z");

    @Property
    void aReminderIsShownExactlyWhenNowIsWithinTheLeadTimeBeforeTheDeadline(
            @ForAll @LongRange(min = 0, max = 90L * 24 * 3600) long leadSeconds,
            @ForAll @LongRange(min = -120L * 24 * 3600, max = 120L * 24 * 3600) long offsetSeconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Duration lead = Duration.ofSeconds(leadSeconds);
        Instant now = DUE.plusSeconds(offsetSeconds).plusNanos(nanos);
        boolean withinLead = !now.isBefore(DUE.minus(lead)) && !now.isAfter(DUE);
        assertThat(Deadline.stage(DUE, lead, now) == Deadline.Stage.REMINDER).isEqualTo(withinLead);
    }

    @Property
    void itIsOverdueExactlyAfterTheDeadline(@ForAll @LongRange(min = 0, max = 90L * 24 * 3600) long leadSeconds,
            @ForAll @LongRange(min = -120L * 24 * 3600, max = 120L * 24 * 3600) long offsetSeconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant now = DUE.plusSeconds(offsetSeconds).plusNanos(nanos);
        assertThat(Deadline.stage(DUE, Duration.ofSeconds(leadSeconds), now) == Deadline.Stage.OVERDUE)
                .isEqualTo(now.isAfter(DUE));
    }

    @Property
    void theStageNeverGoesBackAsTimePasses(@ForAll @LongRange(min = 0, max = 90L * 24 * 3600) long leadSeconds,
            @ForAll @LongRange(min = -120L * 24 * 3600, max = 120L * 24 * 3600) long offsetSeconds,
            @ForAll @LongRange(min = 0, max = 30L * 24 * 3600) long laterSeconds) {
        Duration lead = Duration.ofSeconds(leadSeconds);
        Instant now = DUE.plusSeconds(offsetSeconds);
        assertThat(Deadline.stage(DUE, lead, now.plusSeconds(laterSeconds)))
                .isGreaterThanOrEqualTo(Deadline.stage(DUE, lead, now));
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
