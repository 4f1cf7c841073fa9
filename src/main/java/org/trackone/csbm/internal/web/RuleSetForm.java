package org.trackone.csbm.internal.web;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.trackone.RuleViolation;
import org.trackone.csbm.ActivityConstraint;
import org.trackone.csbm.ActivityType;
import org.trackone.csbm.Force;
import org.trackone.csbm.Measure;
import org.trackone.csbm.RuleSet;

/**
 * The secretariat's form for a new version of the rules: every number of a {@link RuleSet}
 * as a field, started from the version in force. Days of the year are written "MM-DD".
 */
public class RuleSetForm {

    /** Room for one more constraint than the version started from has. */
    static final int SPARE_CONSTRAINTS = 1;

    private @Nullable LocalDate effectiveFrom;
    private @Nullable String name;
    private @Nullable String description;
    private Set<Measure> measures = EnumSet.noneOf(Measure.class);
    private @Nullable String exchangeDue;
    private @Nullable String exchangeValidFrom;
    private @Nullable Integer noticeDays;
    private Map<Force, @Nullable Integer> notificationThresholds = new EnumMap<>(Force.class);
    private Set<ActivityType> exemptFromNotice = EnumSet.noneOf(ActivityType.class);
    private Map<Force, @Nullable Integer> observationThresholds = new EnumMap<>(Force.class);
    private @Nullable Integer nearThresholdPercent;
    private @Nullable String calendarDue;
    private List<ConstraintRow> constraints = new ArrayList<>();
    private @Nullable Integer unusualActivityReplyHours;
    private @Nullable Integer unusualActivityMeetingHours;
    private @Nullable Integer hotlineAcknowledgementMinutes;
    private @Nullable Integer incidentReplyHours;

    /** An empty form, for a body that has no regime yet. */
    static RuleSetForm blank(LocalDate effectiveFrom) {
        RuleSetForm form = new RuleSetForm();
        form.effectiveFrom = effectiveFrom;
        for (int i = 0; i < SPARE_CONSTRAINTS; i++) {
            form.constraints.add(new ConstraintRow(null, null, null));
        }
        return form;
    }

    static RuleSetForm from(RuleSet rules, LocalDate effectiveFrom) {
        RuleSetForm form = new RuleSetForm();
        form.effectiveFrom = effectiveFrom;
        form.name = rules.name();
        form.description = rules.description();
        form.measures = rules.measures().isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(rules.measures());
        form.exchangeDue = dayOfYear(rules.exchangeDue());
        form.exchangeValidFrom = dayOfYear(rules.exchangeValidFrom());
        form.noticeDays = rules.noticeDays();
        form.notificationThresholds = new EnumMap<>(Force.class);
        form.notificationThresholds.putAll(rules.notificationThresholds());
        form.exemptFromNotice = rules.exemptFromNotice().isEmpty() ? EnumSet.noneOf(ActivityType.class)
                : EnumSet.copyOf(rules.exemptFromNotice());
        form.observationThresholds = new EnumMap<>(Force.class);
        form.observationThresholds.putAll(rules.observationThresholds());
        form.nearThresholdPercent = rules.nearThresholdPercent();
        form.calendarDue = dayOfYear(rules.calendarDue());
        form.constraints = new ArrayList<>();
        for (ActivityConstraint c : rules.constraints()) {
            form.constraints.add(new ConstraintRow(c.troopsAbove(), c.maxActivities(), c.calendarYears()));
        }
        for (int i = 0; i < SPARE_CONSTRAINTS; i++) {
            form.constraints.add(new ConstraintRow(null, null, null));
        }
        form.unusualActivityReplyHours = rules.unusualActivityReplyHours();
        form.unusualActivityMeetingHours = rules.unusualActivityMeetingHours();
        form.hotlineAcknowledgementMinutes = rules.hotlineAcknowledgementMinutes();
        form.incidentReplyHours = rules.incidentReplyHours();
        return form;
    }

    /**
     * The rules this form describes. A blank threshold means none for that force; a
     * constraint row left blank is dropped.
     *
     * @throws RuleViolation naming the form field at fault
     */
    RuleSet toRuleSet() {
        Map<Force, Integer> notification = new EnumMap<>(Force.class);
        notificationThresholds.forEach((force, value) -> {
            if (value != null) {
                notification.put(force, value);
            }
        });
        Map<Force, Integer> observation = new EnumMap<>(Force.class);
        observationThresholds.forEach((force, value) -> {
            if (value != null) {
                observation.put(force, value);
            }
        });
        List<ActivityConstraint> rows = new ArrayList<>();
        for (int i = 0; i < constraints.size(); i++) {
            ConstraintRow row = constraints.get(i);
            if (row.blank()) {
                continue;
            }
            if (row.getTroopsAbove() == null || row.getMaxActivities() == null || row.getCalendarYears() == null) {
                throw new RuleViolation("constraints[" + i + "]", "csbm.constraint.incomplete");
            }
            rows.add(new ActivityConstraint(row.getTroopsAbove(), row.getMaxActivities(), row.getCalendarYears()));
        }
        return new RuleSet(text(name), text(description), measures, monthDay("exchangeDue", exchangeDue),
                monthDay("exchangeValidFrom", exchangeValidFrom), number("noticeDays", noticeDays), notification,
                exemptFromNotice, observation, number("nearThresholdPercent", nearThresholdPercent),
                monthDay("calendarDue", calendarDue), rows,
                number("unusualActivityReplyHours", unusualActivityReplyHours),
                number("unusualActivityMeetingHours", unusualActivityMeetingHours), hotlineAcknowledgementMinutes,
                incidentReplyHours);
    }

    /** A rule's field name as this form's binding path: "notificationThresholds.TROOPS" is "notificationThresholds[TROOPS]". */
    static String formField(String ruleField) {
        int dot = ruleField.indexOf('.');
        if (dot > 0 && (ruleField.startsWith("notificationThresholds") || ruleField.startsWith("observationThresholds"))) {
            return ruleField.substring(0, dot) + "[" + ruleField.substring(dot + 1) + "]";
        }
        return ruleField;
    }

    private static String dayOfYear(MonthDay day) {
        return day.toString().substring(2);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static int number(String field, @Nullable Integer value) {
        if (value == null) {
            throw new RuleViolation(field, "csbm.required");
        }
        return value;
    }

    private static MonthDay monthDay(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "csbm.required");
        }
        try {
            return MonthDay.parse("--" + value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "csbm.dayOfYear");
        }
    }

    /** One constraint: at most so many activities above so many troops in so many calendar years. */
    public static class ConstraintRow {
        private @Nullable Integer troopsAbove;
        private @Nullable Integer maxActivities;
        private @Nullable Integer calendarYears;

        public ConstraintRow() {
        }

        ConstraintRow(@Nullable Integer troopsAbove, @Nullable Integer maxActivities, @Nullable Integer calendarYears) {
            this.troopsAbove = troopsAbove;
            this.maxActivities = maxActivities;
            this.calendarYears = calendarYears;
        }

        boolean blank() {
            return troopsAbove == null && maxActivities == null && calendarYears == null;
        }

        public @Nullable Integer getTroopsAbove() { return troopsAbove; }
        public void setTroopsAbove(@Nullable Integer troopsAbove) { this.troopsAbove = troopsAbove; }
        public @Nullable Integer getMaxActivities() { return maxActivities; }
        public void setMaxActivities(@Nullable Integer maxActivities) { this.maxActivities = maxActivities; }
        public @Nullable Integer getCalendarYears() { return calendarYears; }
        public void setCalendarYears(@Nullable Integer calendarYears) { this.calendarYears = calendarYears; }
    }

    public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public Set<Measure> getMeasures() { return measures; }
    public void setMeasures(@Nullable Set<Measure> measures) {
        this.measures = measures == null ? EnumSet.noneOf(Measure.class) : measures;
    }
    public @Nullable String getExchangeDue() { return exchangeDue; }
    public void setExchangeDue(@Nullable String exchangeDue) { this.exchangeDue = exchangeDue; }
    public @Nullable String getExchangeValidFrom() { return exchangeValidFrom; }
    public void setExchangeValidFrom(@Nullable String exchangeValidFrom) { this.exchangeValidFrom = exchangeValidFrom; }
    public @Nullable Integer getNoticeDays() { return noticeDays; }
    public void setNoticeDays(@Nullable Integer noticeDays) { this.noticeDays = noticeDays; }
    public Map<Force, @Nullable Integer> getNotificationThresholds() { return notificationThresholds; }
    public void setNotificationThresholds(Map<Force, @Nullable Integer> thresholds) { this.notificationThresholds = thresholds; }
    public Set<ActivityType> getExemptFromNotice() { return exemptFromNotice; }
    public void setExemptFromNotice(@Nullable Set<ActivityType> exempt) {
        this.exemptFromNotice = exempt == null ? EnumSet.noneOf(ActivityType.class) : exempt;
    }
    public Map<Force, @Nullable Integer> getObservationThresholds() { return observationThresholds; }
    public void setObservationThresholds(Map<Force, @Nullable Integer> thresholds) { this.observationThresholds = thresholds; }
    public @Nullable Integer getNearThresholdPercent() { return nearThresholdPercent; }
    public void setNearThresholdPercent(@Nullable Integer percent) { this.nearThresholdPercent = percent; }
    public @Nullable String getCalendarDue() { return calendarDue; }
    public void setCalendarDue(@Nullable String calendarDue) { this.calendarDue = calendarDue; }
    public List<ConstraintRow> getConstraints() { return constraints; }
    public void setConstraints(List<ConstraintRow> constraints) { this.constraints = constraints; }
    public @Nullable Integer getUnusualActivityReplyHours() { return unusualActivityReplyHours; }
    public void setUnusualActivityReplyHours(@Nullable Integer hours) { this.unusualActivityReplyHours = hours; }
    public @Nullable Integer getUnusualActivityMeetingHours() { return unusualActivityMeetingHours; }
    public void setUnusualActivityMeetingHours(@Nullable Integer hours) { this.unusualActivityMeetingHours = hours; }
    public @Nullable Integer getHotlineAcknowledgementMinutes() { return hotlineAcknowledgementMinutes; }
    public void setHotlineAcknowledgementMinutes(@Nullable Integer minutes) { this.hotlineAcknowledgementMinutes = minutes; }
    public @Nullable Integer getIncidentReplyHours() { return incidentReplyHours; }
    public void setIncidentReplyHours(@Nullable Integer hours) { this.incidentReplyHours = hours; }
}
