package org.trackone.csbm;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;

/**
 * The rules of a regime as its members adopted them: which measures are in force, the
 * thresholds above which an activity is notified or observed, how many days ahead it is
 * notified, the deadlines of the annual exchange and calendar, the constraints and the
 * reply times of risk reduction. Numbers live here, never in code.
 *
 * @param measures the measures in force; the stage of the regime follows from them
 * @param exchangeDue the day each year by which the annual exchange of military information is due
 * @param exchangeValidFrom the day from which the information exchanged is valid (the next year)
 * @param noticeDays how many days before an activity starts it must be notified
 * @param notificationThresholds an activity is notifiable when any count reaches its threshold here
 * @param exemptFromNotice activity types notified when they start rather than ahead (snap exercises)
 * @param observationThresholds an activity is observable when any count reaches its threshold here
 * @param nearThresholdPercent a declaration this close below a threshold (in percent of it) is flagged
 * @param calendarDue the day each year by which the annual calendar of the next year is due
 * @param constraints limits on the number of large activities
 * @param unusualActivityReplyHours hours within which a request about unusual military activity is answered
 * @param unusualActivityMeetingHours hours after the reply within which a meeting is held
 * @param hotlineAcknowledgementMinutes minutes within which a hotline message is acknowledged before it is
 *     escalated to the secretariat; null in a version adopted before the hotline had such a time
 * @param incidentReplyHours hours after a hazardous incident is reported within which the state it is addressed
 *     to replies; null in a version adopted before incident reports had a reply time
 */
public record RuleSet(
        String name,
        String description,
        Set<Measure> measures,
        MonthDay exchangeDue,
        MonthDay exchangeValidFrom,
        int noticeDays,
        Map<Force, Integer> notificationThresholds,
        Set<ActivityType> exemptFromNotice,
        Map<Force, Integer> observationThresholds,
        int nearThresholdPercent,
        MonthDay calendarDue,
        List<ActivityConstraint> constraints,
        int unusualActivityReplyHours,
        int unusualActivityMeetingHours,
        @Nullable Integer hotlineAcknowledgementMinutes,
        @Nullable Integer incidentReplyHours) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 5000;
    /** A week: a hotline acknowledged later than that is no hotline. */
    public static final int MAX_HOTLINE_MINUTES = 7 * 24 * 60;
    /** A year, like the other reply times. */
    public static final int MAX_REPLY_HOURS = 24 * 365;

    public RuleSet {
        required("name", name);
        required("description", description);
        required("measures", measures);
        required("exchangeDue", exchangeDue);
        required("exchangeValidFrom", exchangeValidFrom);
        required("notificationThresholds", notificationThresholds);
        required("exemptFromNotice", exemptFromNotice);
        required("observationThresholds", observationThresholds);
        required("calendarDue", calendarDue);
        required("constraints", constraints);
        notificationThresholds.forEach((force, threshold) -> required("notificationThresholds." + force, threshold));
        observationThresholds.forEach((force, threshold) -> required("observationThresholds." + force, threshold));
        for (int i = 0; i < constraints.size(); i++) {
            required("constraints[" + i + "]", constraints.get(i));
        }
        if (measures.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("measures", "csbm.required");
        }
        if (exemptFromNotice.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("exemptFromNotice", "csbm.required");
        }
        measures = measures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(measures));
        notificationThresholds = Map.copyOf(notificationThresholds);
        observationThresholds = Map.copyOf(observationThresholds);
        exemptFromNotice = Set.copyOf(exemptFromNotice);
        constraints = List.copyOf(constraints);
        name = name.strip();
        description = description.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new RuleViolation("name", "csbm.ruleSet.name", MAX_NAME);
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("description", "validation.tooLong", MAX_DESCRIPTION);
        }
        requireRange("noticeDays", noticeDays, 0, 366);
        requireRange("nearThresholdPercent", nearThresholdPercent, 0, 99);
        requireRange("unusualActivityReplyHours", unusualActivityReplyHours, 1, MAX_REPLY_HOURS);
        requireRange("unusualActivityMeetingHours", unusualActivityMeetingHours, 1, MAX_REPLY_HOURS);
        if (hotlineAcknowledgementMinutes != null) {
            requireRange("hotlineAcknowledgementMinutes", hotlineAcknowledgementMinutes, 1, MAX_HOTLINE_MINUTES);
        }
        if (incidentReplyHours != null) {
            requireRange("incidentReplyHours", incidentReplyHours, 1, MAX_REPLY_HOURS);
        }
        notificationThresholds.forEach((force, threshold) ->
                requireRange("notificationThresholds." + force.name(), threshold, 1, Integer.MAX_VALUE));
        observationThresholds.forEach((force, threshold) ->
                requireRange("observationThresholds." + force.name(), threshold, 1, Integer.MAX_VALUE));
        for (int i = 0; i < constraints.size(); i++) {
            ActivityConstraint c = constraints.get(i);
            requireRange("constraints[" + i + "].troopsAbove", c.troopsAbove(), 0, Integer.MAX_VALUE);
            requireRange("constraints[" + i + "].maxActivities", c.maxActivities(), 0, 1000);
            requireRange("constraints[" + i + "].calendarYears", c.calendarYears(), 1, 10);
        }
        if (measures.contains(Measure.PRIOR_NOTIFICATION) && notificationThresholds.isEmpty()) {
            throw new RuleViolation("notificationThresholds", "csbm.ruleSet.thresholdsNeeded");
        }
        if (measures.contains(Measure.OBSERVATION) && observationThresholds.isEmpty()) {
            throw new RuleViolation("observationThresholds", "csbm.ruleSet.thresholdsNeeded");
        }
    }

    /** The stage of the step-by-step approach the regime has reached: that of its most advanced measure. */
    public int stage() {
        return measures.stream().mapToInt(Measure::stage).max().orElse(0);
    }

    public boolean inForce(Measure measure) {
        return measures.contains(measure);
    }

    /** The forces whose count reaches their notification threshold. */
    public Set<Force> notificationThresholdsReached(Forces forces) {
        return reached(notificationThresholds, forces);
    }

    /** The forces whose count reaches their observation threshold. */
    public Set<Force> observationThresholdsReached(Forces forces) {
        return reached(observationThresholds, forces);
    }

    /** An activity with these forces is notifiable when prior notification is in force and any count reaches its threshold. */
    public boolean notifiable(Forces forces) {
        return inForce(Measure.PRIOR_NOTIFICATION) && !notificationThresholdsReached(forces).isEmpty();
    }

    public boolean observable(Forces forces) {
        return inForce(Measure.OBSERVATION) && !observationThresholdsReached(forces).isEmpty();
    }

    /**
     * The counts declared just below a threshold: at least {@code nearThresholdPercent}
     * percent below it and not reaching it. A declaration there deserves a second look.
     */
    public Set<Force> nearThreshold(Forces forces) {
        Set<Force> near = EnumSet.noneOf(Force.class);
        checkNear(notificationThresholds, forces, near);
        if (inForce(Measure.OBSERVATION)) {
            checkNear(observationThresholds, forces, near);
        }
        return near.isEmpty() ? Set.of() : Set.copyOf(near);
    }

    private void checkNear(Map<Force, Integer> thresholds, Forces forces, Set<Force> near) {
        thresholds.forEach((force, threshold) -> {
            long count = forces.count(force);
            // count >= threshold * (1 - p/100), in whole numbers
            if (count < threshold && count * 100 >= (long) threshold * (100 - nearThresholdPercent)) {
                near.add(force);
            }
        });
    }

    /** Days of notice required for an activity of this type: none for a type notified as it starts. */
    public int noticeRequiredDays(ActivityType type) {
        return exemptFromNotice.contains(type) ? 0 : noticeDays;
    }

    /** The last day on which an activity of this type starting then may be notified in time. */
    public LocalDate notificationDue(ActivityType type, LocalDate startsOn) {
        return startsOn.minusDays(noticeRequiredDays(type));
    }

    /** Days by which a notification sent on {@code submittedOn} is late; zero when on time. */
    public long daysLate(ActivityType type, LocalDate startsOn, LocalDate submittedOn) {
        return Math.max(0, ChronoUnit.DAYS.between(notificationDue(type, startsOn), submittedOn));
    }

    /** The annual exchange for {@code year} (the information valid from then) is due in the year before. */
    public LocalDate exchangeDueFor(int year) {
        return exchangeDue.atYear(year - 1);
    }

    public LocalDate calendarDueFor(int year) {
        return calendarDue.atYear(year - 1);
    }

    private static Set<Force> reached(Map<Force, Integer> thresholds, Forces forces) {
        Map<Force, Integer> sorted = new EnumMap<>(Force.class);
        sorted.putAll(thresholds);
        Set<Force> reached = EnumSet.noneOf(Force.class);
        sorted.forEach((force, threshold) -> {
            if (forces.count(force) >= threshold) {
                reached.add(force);
            }
        });
        return reached.isEmpty() ? Set.of() : Set.copyOf(reached);
    }

    private static void required(String field, @Nullable Object value) {
        if (value == null) {
            throw new RuleViolation(field, "csbm.required");
        }
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new RuleViolation(field, "csbm.ruleSet.range", min, max);
        }
    }
}
