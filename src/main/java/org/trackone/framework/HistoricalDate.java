package org.trackone.framework;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date as precise as the record gives it: "1993", "1993-07" or "1997-12-09". The
 * sources often say no more than "July 1993", and the platform must not pretend to
 * know the day. Orders by its first possible day.
 */
public record HistoricalDate(LocalDate date, Precision precision) implements Comparable<HistoricalDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    public HistoricalDate {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is an IllegalArgumentException. */
    @JsonCreator
    public static HistoricalDate parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return switch (value.length()) {
                case 4 -> new HistoricalDate(LocalDate.of(Integer.parseInt(value), 1, 1), Precision.YEAR);
                case 7 -> new HistoricalDate(YearMonth.parse(value).atDay(1), Precision.MONTH);
                case 10 -> new HistoricalDate(LocalDate.parse(value), Precision.DAY);
                default -> throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
            };
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD", e);
        }
    }

    /** For Spring's conversion of request parameters. */
    public static HistoricalDate valueOf(String text) {
        return parse(text);
    }

    /** The last day this date may mean: 31 July for "July 1993". */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case DAY -> date;
        };
    }

    /** Written for people in the given language: "1993", "July 1993", "9 Dec 1997". */
    public String display(Locale locale) {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date);
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    @Override
    public int compareTo(HistoricalDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }
}
