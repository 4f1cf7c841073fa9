package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the regime, over many generated rule sets, activities and days. */
class RegimeRulesProperties {

    private static final LocalDate START = LocalDate.of(2025, 6, 1);

    @Property
    void anActivityIsNotifiableExactlyWhenSomeCountReachesItsThreshold(@ForAll("thresholds") Map<Force, Integer> thresholds,
            @ForAll("forces") Forces forces) {
        RuleSet rules = rules(thresholds, 42);
        boolean someCountReaches = thresholds.entrySet().stream()
                .anyMatch(t -> forces.count(t.getKey()) >= t.getValue());
        Verdict verdict = Verdict.of(version(1, START.minusYears(1), rules), activity(forces, START), START.minusDays(60),
                List.of(), List.of());
        assertThat(verdict.notifiable()).isEqualTo(someCountReaches);
        assertThat(rules.notifiable(forces)).isEqualTo(someCountReaches);
    }

    @Property
    void aCountExactlyAtItsThresholdIsNotifiableAndOneBelowEveryThresholdIsNot(
            @ForAll("thresholds") Map<Force, Integer> thresholds, @ForAll("anyForce") Force force) {
        RuleSet rules = rules(thresholds, 42);
        Map<Force, Integer> below = new EnumMap<>(Force.class);
        thresholds.forEach((f, t) -> below.put(f, t - 1));
        assertThat(rules.notifiable(Forces.of(below))).isFalse();
        if (thresholds.containsKey(force)) {
            Map<Force, Integer> at = new EnumMap<>(below);
            at.put(force, thresholds.get(force));
            assertThat(rules.notifiable(Forces.of(at))).isTrue();
        }
    }

    @Property
    void latenessNeverDecreasesAsTheSubmissionMovesLater(@ForAll @IntRange(min = 0, max = 366) int noticeDays,
            @ForAll("types") ActivityType type, @ForAll @IntRange(min = -500, max = 500) int earlier,
            @ForAll @IntRange(min = 0, max = 500) int later) {
        RuleSet rules = rules(Map.of(Force.TROOPS, 9000), noticeDays);
        LocalDate first = START.plusDays(earlier);
        LocalDate second = first.plusDays(later);
        assertThat(rules.daysLate(type, START, second)).isGreaterThanOrEqualTo(rules.daysLate(type, START, first));
        MilitaryActivity activity = new MilitaryActivity(type, START, START.plusDays(3),
                List.of(new Point(38, 127)), new Forces(20000, 0, 0, 0, 0, 0, 0));
        Verdict sooner = Verdict.of(version(1, START.minusYears(2), rules), activity, first, List.of(), List.of());
        Verdict afterwards = Verdict.of(version(1, START.minusYears(2), rules), activity, second, List.of(), List.of());
        assertThat(afterwards.daysLate()).isGreaterThanOrEqualTo(sooner.daysLate());
    }

    @Property
    void changingTheRuleSetNeverChangesAPastVerdict(@ForAll("thresholds") Map<Force, Integer> before,
            @ForAll("thresholds") Map<Force, Integer> after, @ForAll @IntRange(min = 0, max = 100) int noticeBefore,
            @ForAll @IntRange(min = 0, max = 100) int noticeAfter, @ForAll("forces") Forces forces,
            @ForAll @IntRange(min = 0, max = 200) int submittedDaysBeforeStart,
            @ForAll @IntRange(min = 0, max = 300) int adoptedDaysAfterSubmission,
            @ForAll @IntRange(min = 1, max = 300) int effectiveDaysAfterAdoption) {
        MilitaryActivity activity = activity(forces, START);
        LocalDate submittedOn = START.minusDays(submittedDaysBeforeStart);
        RegimeHistory history = RegimeHistory.empty("TEST")
                .with(version(1, LocalDate.of(2020, 1, 1), rules(before, noticeBefore)));
        Verdict given = history.judge(activity, submittedOn, List.of(), List.of());

        LocalDate adoptedOn = submittedOn.plusDays(adoptedDaysAfterSubmission);
        RuleSetVersion change = history.next(rules(after, noticeAfter), adoptedOn.plusDays(effectiveDaysAfterAdoption),
                adoptedOn, Instant.EPOCH, "secretariat");
        RegimeHistory changed = history.with(change);

        assertThat(changed.judge(activity, submittedOn, List.of(), List.of())).isEqualTo(given);
    }

    @Property
    void aChangeCannotTakeEffectOnOrBeforeTheDayItIsAdopted(@ForAll @IntRange(min = 0, max = 1000) int daysBack) {
        RegimeHistory history = RegimeHistory.empty("TEST");
        LocalDate adoptedOn = START;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.next(rules(Map.of(Force.TROOPS, 1), 1),
                adoptedOn.minusDays(daysBack), adoptedOn, Instant.EPOCH, "secretariat"))
                .isInstanceOf(org.trackone.RuleViolation.class);
    }

    @Provide
    Arbitrary<Map<Force, Integer>> thresholds() {
        return Arbitraries.maps(Arbitraries.of(Force.class), Arbitraries.integers().between(1, 50_000))
                .ofMinSize(1).ofMaxSize(Force.values().length);
    }

    @Provide
    Arbitrary<Forces> forces() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 60_000);
        return Combinators.combine(List.of(count, count, count, count, count, count, count))
                .as(c -> new Forces(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6)));
    }

    @Provide
    Arbitrary<Force> anyForce() {
        return Arbitraries.of(Force.class);
    }

    @Provide
    Arbitrary<ActivityType> types() {
        return Arbitraries.of(ActivityType.class);
    }

    static RuleSet rules(Map<Force, Integer> thresholds, int noticeDays) {
        return new RuleSet("Test rules", "", Set.of(Measure.values()), MonthDay.of(12, 15), MonthDay.of(1, 1),
                noticeDays, thresholds, Set.of(ActivityType.SNAP_EXERCISE), Map.of(Force.TROOPS, 13000), 10,
                MonthDay.of(11, 15), List.of(), 48, 48, 30, 48);
    }

    static RuleSetVersion version(int number, LocalDate effectiveFrom, RuleSet rules) {
        return new RuleSetVersion("TEST", number, effectiveFrom, rules, Instant.EPOCH, "test");
    }

    static MilitaryActivity activity(Forces forces, LocalDate startsOn) {
        return new MilitaryActivity(ActivityType.EXERCISE, startsOn, startsOn.plusDays(5),
                Arrays.asList(new Point(37.5, 127.0)), forces);
    }
}
