package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.trackone.RuleViolation;

/**
 * Every version of a body's regime, oldest first, and which one is in force on a day.
 * A new version takes effect no earlier than the day after it is adopted, and no earlier
 * than the latest version: the rules in force on any day already past never change,
 * so no verdict given under them changes either.
 */
public record RegimeHistory(String bodyCode, List<RuleSetVersion> versions) {

    public RegimeHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(RuleSetVersion::version)).toList();
    }

    public static RegimeHistory empty(String bodyCode) {
        return new RegimeHistory(bodyCode, List.of());
    }

    /** The version in force on a day: the latest to have taken effect by then. */
    public Optional<RuleSetVersion> inForceOn(LocalDate day) {
        RuleSetVersion inForce = null;
        for (RuleSetVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /**
     * Judges a notification by the version in force on the day it was sent (the rules the
     * state acted under); with no version in force nothing was required.
     */
    public Verdict judge(MilitaryActivity activity, LocalDate submittedOn, Collection<MilitaryActivity> linked,
            Collection<MilitaryActivity> otherActivitiesOfState) {
        return inForceOn(submittedOn)
                .map(version -> Verdict.of(version, activity, submittedOn, linked, otherActivitiesOfState))
                .orElseGet(() -> Verdict.noRegime(activity, submittedOn));
    }

    /**
     * The day the annual exchange for {@code year} was due, under the version in force on
     * the first day of the year before (when that year's obligations were fixed); empty
     * when no annual exchange was in force then.
     */
    public Optional<LocalDate> exchangeDue(int year) {
        return inForceOn(LocalDate.of(year - 1, 1, 1)).map(RuleSetVersion::rules)
                .filter(rules -> rules.inForce(Measure.ANNUAL_EXCHANGE)).map(rules -> rules.exchangeDueFor(year));
    }

    /** The day the annual calendar for {@code year} was due, like the exchange; empty when calendars were not in force. */
    public Optional<LocalDate> calendarDue(int year) {
        return inForceOn(LocalDate.of(year - 1, 1, 1)).map(RuleSetVersion::rules)
                .filter(rules -> rules.inForce(Measure.ANNUAL_CALENDAR)).map(rules -> rules.calendarDueFor(year));
    }

    public Optional<RuleSetVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<RuleSetVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    /**
     * The next version, adopted on {@code adoptedOn}: it may not take effect before the
     * day after (rules do not reach back into days already judged) nor before the latest version.
     *
     * @throws RuleViolation naming {@code effectiveFrom} when it reaches back
     */
    public RuleSetVersion next(RuleSet rules, LocalDate effectiveFrom, LocalDate adoptedOn, Instant recordedAt,
            String recordedBy) {
        if (!effectiveFrom.isAfter(adoptedOn)) {
            throw new RuleViolation("effectiveFrom", "csbm.ruleSet.retroactive", adoptedOn.plusDays(1));
        }
        Optional<RuleSetVersion> latest = latest();
        if (latest.isPresent() && effectiveFrom.isBefore(latest.get().effectiveFrom())) {
            throw new RuleViolation("effectiveFrom", "csbm.ruleSet.beforeLatest", latest.get().effectiveFrom());
        }
        return new RuleSetVersion(bodyCode, versions.size() + 1, effectiveFrom, rules, recordedAt, recordedBy);
    }

    public RegimeHistory with(RuleSetVersion version) {
        List<RuleSetVersion> all = new ArrayList<>(versions);
        all.add(version);
        return new RegimeHistory(bodyCode, all);
    }
}
