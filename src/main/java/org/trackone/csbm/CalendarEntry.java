package org.trackone.csbm;

import java.time.LocalDate;

import org.trackone.RuleViolation;

/** A military activity a state plans for the year, as its annual calendar lists it. */
public record CalendarEntry(ActivityType type, LocalDate startsOn, LocalDate endsOn, int troops) {

    public CalendarEntry {
        if (type == null) {
            throw new RuleViolation("type", "csbm.required");
        }
        if (startsOn == null) {
            throw new RuleViolation("startsOn", "csbm.required");
        }
        if (endsOn == null) {
            throw new RuleViolation("endsOn", "csbm.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "csbm.activity.endBeforeStart");
        }
        if (troops < 0) {
            throw new RuleViolation("troops", "csbm.count.negative");
        }
    }

    /** Whether a notified activity is this one: the same type, and dates that overlap. */
    public boolean lists(MilitaryActivity activity) {
        return activity.type() == type && !activity.startsOn().isAfter(endsOn) && !activity.endsOn().isBefore(startsOn);
    }
}
