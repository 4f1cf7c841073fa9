package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One submitted version of a state's annual calendar of planned activities for a year. */
public record AnnualCalendar(long id, String bodyCode, String state, int year, int version,
        @Nullable Integer corrects, List<CalendarEntry> entries, String submittedBy, Instant submittedAt,
        @Nullable LocalDate dueOn, long daysLate) {

    public AnnualCalendar {
        entries = List.copyOf(entries);
    }

    /** Whether this calendar lists the activity. */
    public boolean lists(MilitaryActivity activity) {
        return entries.stream().anyMatch(e -> e.lists(activity));
    }
}
