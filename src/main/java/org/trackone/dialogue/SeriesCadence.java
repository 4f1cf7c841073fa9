package org.trackone.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.trackone.RuleViolation;

/**
 * How often a body's plenary recurs: every {@code minMonths} to {@code maxMonths} months
 * (NEACD: seven to eight), counted from one plenary's first day to the next one's.
 */
public record SeriesCadence(int minMonths, int maxMonths) {

    public SeriesCadence {
        if (minMonths < 1 || maxMonths > 60 || minMonths > maxMonths) {
            throw new RuleViolation("cadence", "dialogue.cadence.invalid");
        }
    }

    /**
     * Proposes the next plenary after the one held from {@code lastStart} to
     * {@code lastEnd}: the middle of the cadence's window, moved off a weekend, as long as
     * the last one, and clear of the body's other meetings ({@code busy}). It looks later
     * in the window first, then earlier; if the whole window is taken it proposes the
     * first free weekday after it and says it falls outside the cadence.
     */
    public ProposedPlenary proposeAfter(LocalDate lastStart, LocalDate lastEnd, List<DateRange> busy) {
        LocalDate earliest = lastStart.plusMonths(minMonths);
        LocalDate latest = lastStart.plusMonths(maxMonths);
        long length = ChronoUnit.DAYS.between(lastStart, lastEnd);
        LocalDate middle = earliest.plusDays(ChronoUnit.DAYS.between(earliest, latest) / 2);
        for (LocalDate day = middle; !day.isAfter(latest); day = day.plusDays(1)) {
            if (free(day, length, busy)) {
                return new ProposedPlenary(day, day.plusDays(length), earliest, latest, true);
            }
        }
        for (LocalDate day = middle.minusDays(1); !day.isBefore(earliest); day = day.minusDays(1)) {
            if (free(day, length, busy)) {
                return new ProposedPlenary(day, day.plusDays(length), earliest, latest, true);
            }
        }
        LocalDate day = latest.plusDays(1);
        while (!free(day, length, busy)) {
            day = day.plusDays(1);
        }
        return new ProposedPlenary(day, day.plusDays(length), earliest, latest, false);
    }

    private static boolean free(LocalDate start, long length, List<DateRange> busy) {
        if (start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        DateRange candidate = new DateRange(start, start.plusDays(length));
        return busy.stream().noneMatch(candidate::overlaps);
    }

    /** Days from {@code from} to {@code to}, both included. */
    public record DateRange(LocalDate from, LocalDate to) {

        public boolean overlaps(DateRange other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }
    }

    /**
     * The proposed dates of the next plenary.
     *
     * @param earliest the first day the cadence allows
     * @param latest the last day the cadence allows
     * @param withinCadence false when every day of the window was taken
     */
    public record ProposedPlenary(LocalDate startsOn, LocalDate endsOn, LocalDate earliest, LocalDate latest,
            boolean withinCadence) {
    }
}
