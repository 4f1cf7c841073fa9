package org.trackone.csbm;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One state's compliance with one measure in one year.
 *
 * @param dueOn the due day, for the annual exchange; null for prior notification
 * @param daysLate days late: of the exchange, or the most of any of the year's notifications
 * @param submissions the exchange versions, or the notifications of activities that had to be notified
 * @param lateSubmissions how many of the year's notifications came late
 */
public record ComplianceEntry(String state, Measure measure, int year, ComplianceStatus status,
        @Nullable LocalDate dueOn, long daysLate, int submissions, int lateSubmissions) {
}
