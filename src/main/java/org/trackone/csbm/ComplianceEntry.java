package org.trackone.csbm;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One state's compliance with one measure in one year.
 *
 * @param dueOn the due day, for the annual exchange and calendar; null for the others
 * @param daysLate days late: of the exchange, or the most of any of the year's notifications or replies
 * @param submissions the exchange versions, the notifications of activities that had to be notified, or
 *     for risk reduction the replies the state gave to the requests and incident reports it received
 * @param lateSubmissions how many of the year's notifications, or replies, came late
 * @param unanswered for risk reduction: the requests and incident reports the state has not answered
 */
public record ComplianceEntry(String state, Measure measure, int year, ComplianceStatus status,
        @Nullable LocalDate dueOn, long daysLate, int submissions, int lateSubmissions, int unanswered) {

    /** An entry of a measure that has nothing to answer. */
    public ComplianceEntry(String state, Measure measure, int year, ComplianceStatus status, @Nullable LocalDate dueOn,
            long daysLate, int submissions, int lateSubmissions) {
        this(state, measure, year, status, dueOn, daysLate, submissions, lateSubmissions, 0);
    }

    /** Whether it shows a failing: late, or missing. */
    public boolean failing() {
        return status == ComplianceStatus.LATE || status == ComplianceStatus.MISSING;
    }
}
