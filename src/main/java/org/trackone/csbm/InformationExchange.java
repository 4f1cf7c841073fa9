package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One submitted version of a state's annual exchange of military information for a year.
 * Final once submitted; a correction is a new version that points at the one it corrects.
 *
 * @param year the year the information is valid for
 * @param dueOn the day it was due, under the rules in force then; null when no exchange was required
 * @param daysLate days after the due day it was submitted (the first version counts); 0 when on time
 */
public record InformationExchange(long id, String bodyCode, String state, int year, int version,
        @Nullable Integer corrects, MilitaryInformation information, String submittedBy, Instant submittedAt,
        @Nullable LocalDate dueOn, long daysLate) {
}
