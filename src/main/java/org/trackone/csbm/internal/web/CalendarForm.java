package org.trackone.csbm.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.trackone.RuleViolation;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.AnnualCalendar;
import org.trackone.csbm.CalendarEntry;

/**
 * The defence delegate's form for its state's annual calendar: the year, the version a
 * correction corrects, and rows of planned activities (rows left blank are not sent).
 */
public class CalendarForm {

    /** Blank rows offered beyond the activities already listed. */
    static final int BLANK_ROWS = 4;
    static final int MIN_ROWS = 6;

    private @Nullable Integer year;
    private @Nullable Integer corrects;
    private List<EntryRow> entries = new ArrayList<>();

    /** The form for a year: the latest version's activities when there is one (a correction), else blank rows. */
    static CalendarForm of(int year, @Nullable AnnualCalendar latest) {
        CalendarForm form = new CalendarForm();
        form.year = year;
        if (latest != null) {
            form.corrects = latest.version();
            for (CalendarEntry entry : latest.entries()) {
                EntryRow row = new EntryRow();
                row.type = entry.type();
                row.startsOn = entry.startsOn();
                row.endsOn = entry.endsOn();
                row.troops = entry.troops();
                form.entries.add(row);
            }
        }
        form.compact();
        return form;
    }

    /**
     * The planned activities of the filled rows, in order (as {@link #compact} numbers them).
     *
     * @throws RuleViolation naming the row's field, such as {@code entries[2].endsOn}
     */
    List<@Nullable CalendarEntry> toEntries() {
        List<@Nullable CalendarEntry> planned = new ArrayList<>();
        for (EntryRow row : entries) {
            if (row == null || row.blank()) {
                continue;
            }
            String prefix = "entries[" + planned.size() + "].";
            if (row.troops == null) {
                throw new RuleViolation(prefix + "troops", "csbm.required");
            }
            try {
                planned.add(new CalendarEntry(row.type, row.startsOn, row.endsOn, row.troops));
            } catch (RuleViolation e) {
                throw new RuleViolation(prefix + e.field(), e.messageCode(), e.arguments());
            }
        }
        return planned;
    }

    /** Filled rows first, as the service numbers them, then blank ones. */
    void compact() {
        List<EntryRow> filled = new ArrayList<>(entries.stream().filter(r -> r != null && !r.blank()).toList());
        int rows = Math.max(MIN_ROWS, filled.size() + BLANK_ROWS);
        while (filled.size() < rows) {
            filled.add(new EntryRow());
        }
        entries = filled;
    }

    /** One planned activity. */
    public static class EntryRow {
        private @Nullable ActivityType type;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate startsOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate endsOn;
        private @Nullable Integer troops;

        boolean blank() {
            return type == null && startsOn == null && endsOn == null && troops == null;
        }

        public @Nullable ActivityType getType() { return type; }
        public void setType(@Nullable ActivityType type) { this.type = type; }
        public @Nullable LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
        public @Nullable LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(@Nullable LocalDate endsOn) { this.endsOn = endsOn; }
        public @Nullable Integer getTroops() { return troops; }
        public void setTroops(@Nullable Integer troops) { this.troops = troops; }
    }

    public @Nullable Integer getYear() { return year; }
    public void setYear(@Nullable Integer year) { this.year = year; }
    public @Nullable Integer getCorrects() { return corrects; }
    public void setCorrects(@Nullable Integer corrects) { this.corrects = corrects; }
    public List<EntryRow> getEntries() { return entries; }
    public void setEntries(@Nullable List<EntryRow> entries) { this.entries = entries == null ? new ArrayList<>() : entries; }
}
