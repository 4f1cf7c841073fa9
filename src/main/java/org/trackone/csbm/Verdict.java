package org.trackone.csbm;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the regime says about a notified military activity, under the rule set in force
 * on the day it was notified. Given once, stored with the notification, never recomputed.
 *
 * @param ruleSetVersion the version of the regime applied; 0 when the body had no regime then
 * @param notificationInForce whether prior notification was a measure in force
 * @param notifiable whether the activity, alone or with the activities it links to, reaches a notification threshold
 * @param observable whether it reaches an observation threshold
 * @param thresholdsReached the forces whose own count reaches the notification threshold
 * @param linkedThresholdsReached the forces that reach the threshold only together with the linked activities
 * @param nearThreshold the counts declared within the rule set's margin below a threshold
 * @param noticeRequiredDays days of notice the rules ask for
 * @param noticeGivenDays days between the notification and the start of the activity
 * @param daysLate days by which the notification came later than due; 0 when on time
 * @param constraintsBroken the constraints this activity takes the state beyond
 */
@JsonIgnoreProperties(value = "late", allowGetters = true)
public record Verdict(int ruleSetVersion, boolean notificationInForce, boolean notifiable, boolean observable,
        List<Force> thresholdsReached, List<Force> linkedThresholdsReached, List<Force> nearThreshold,
        int noticeRequiredDays, long noticeGivenDays, long daysLate, List<ActivityConstraint> constraintsBroken) {

    public Verdict {
        thresholdsReached = List.copyOf(thresholdsReached);
        linkedThresholdsReached = List.copyOf(linkedThresholdsReached);
        nearThreshold = List.copyOf(nearThreshold);
        constraintsBroken = List.copyOf(constraintsBroken);
    }

    /** Late only matters for an activity that had to be notified. */
    @JsonProperty("late")
    public boolean late() {
        return notifiable && daysLate > 0;
    }

    /**
     * Applies the rules to a notification.
     *
     * @param version the version in force on the day of the notification, or null when there was none
     * @param activity the notified activity
     * @param submittedOn the day the notification was sent
     * @param linked the activities it links to (their forces count with its own)
     * @param otherActivitiesOfState the notifying state's other notified activities, for the constraints
     */
    public static Verdict of(RuleSetVersion version, MilitaryActivity activity, LocalDate submittedOn,
            Collection<MilitaryActivity> linked, Collection<MilitaryActivity> otherActivitiesOfState) {
        RuleSet rules = version.rules();
        Forces own = activity.forces();
        Forces together = own;
        for (MilitaryActivity other : linked) {
            together = together.plus(other.forces());
        }
        EnumSet<Force> reached = enumSet(rules.notificationThresholdsReached(own));
        EnumSet<Force> linkedReached = enumSet(rules.notificationThresholdsReached(together));
        linkedReached.removeAll(reached);
        boolean inForce = rules.inForce(Measure.PRIOR_NOTIFICATION);
        boolean notifiable = inForce && !(reached.isEmpty() && linkedReached.isEmpty());
        boolean observable = rules.observable(together);
        long given = ChronoUnit.DAYS.between(submittedOn, activity.startsOn());
        long late = rules.daysLate(activity.type(), activity.startsOn(), submittedOn);
        List<ActivityConstraint> broken = new ArrayList<>();
        if (rules.inForce(Measure.CONSTRAINTS)) {
            for (ActivityConstraint constraint : rules.constraints()) {
                if (breaks(constraint, activity, otherActivitiesOfState)) {
                    broken.add(constraint);
                }
            }
        }
        return new Verdict(version.version(), inForce, notifiable, observable, List.copyOf(reached),
                List.copyOf(linkedReached), List.copyOf(enumSet(rules.nearThreshold(own))),
                rules.noticeRequiredDays(activity.type()), given, late, broken);
    }

    /** The verdict when the body had no regime on the day: nothing is required. */
    public static Verdict noRegime(MilitaryActivity activity, LocalDate submittedOn) {
        long given = ChronoUnit.DAYS.between(submittedOn, activity.startsOn());
        return new Verdict(0, false, false, false, List.of(), List.of(), List.of(), 0, given, 0, List.of());
    }

    /**
     * Whether some run of the constraint's calendar years that includes the activity's
     * year holds more counted activities than allowed, this one included.
     */
    private static boolean breaks(ActivityConstraint constraint, MilitaryActivity activity,
            Collection<MilitaryActivity> others) {
        if (!constraint.counts(activity.forces())) {
            return false;
        }
        int year = Year.from(activity.startsOn()).getValue();
        for (int first = year - constraint.calendarYears() + 1; first <= year; first++) {
            int last = first + constraint.calendarYears() - 1;
            int from = first;
            long count = 1 + others.stream().filter(o -> constraint.counts(o.forces()))
                    .filter(o -> o.startsOn().getYear() >= from && o.startsOn().getYear() <= last).count();
            if (count > constraint.maxActivities()) {
                return true;
            }
        }
        return false;
    }

    private static EnumSet<Force> enumSet(Collection<Force> forces) {
        return forces.isEmpty() ? EnumSet.noneOf(Force.class) : EnumSet.copyOf(forces);
    }
}
