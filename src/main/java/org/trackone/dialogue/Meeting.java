package org.trackone.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting of a body: its kind (a plenary numbered in its series), dates, venue, host,
 * the period it reviews, the deadline for national perspectives and its sessions.
 *
 * @param number the plenary's number in its body's series; null for other kinds
 * @param periodFrom the start of the period the meeting reviews (since the previous plenary)
 * @param perspectiveDeadline when national perspectives are due; null when none are asked for
 * @param version how many times it was saved
 */
public record Meeting(long id, String bodyCode, MeetingKind kind, @Nullable Integer number, String title,
        LocalDate startsOn, LocalDate endsOn, String venue, @Nullable String hostCode, @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo, @Nullable Instant perspectiveDeadline, String description,
        List<Session> sessions, int version) {

    /** Whether the two meetings share at least one day. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !startsOn.isAfter(otherEnd) && !otherStart.isAfter(endsOn);
    }

    /** The plenary's number as written in the series: VI, VII. Empty for unnumbered meetings. */
    public String numeral() {
        return number == null ? "" : RomanNumeral.of(number);
    }

    public @Nullable Session session(int position) {
        return sessions.stream().filter(s -> s.position() == position).findFirst().orElse(null);
    }
}
