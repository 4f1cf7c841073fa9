package org.trackone.csbm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trackone.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The full regime's numbers applied to chosen activities. */
class RegimeRulesTest {

    private static final RuleSet FULL = RegimeDemonstration.read("csbm/regime-vienna-document-2011.yaml").rules();
    private static final RuleSet STAGE_ONE = RegimeDemonstration.read("csbm/regime-stage-1.yaml").rules();
    private static final RuleSetVersion VERSION = new RuleSetVersion("NEACD", 2, LocalDate.of(2025, 1, 1), FULL,
            java.time.Instant.EPOCH, "test");
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void theFullRegimeCarriesTheNumbersOfTheViennaDocument() {
        assertThat(FULL.description()).contains("Vienna Document 2011");
        assertThat(FULL.noticeDays()).isEqualTo(42);
        assertThat(FULL.notificationThresholds()).isEqualTo(Map.of(Force.TROOPS, 9000, Force.BATTLE_TANKS, 250,
                Force.ARMOURED_COMBAT_VEHICLES, 500, Force.ARTILLERY, 250, Force.SORTIES, 200,
                Force.LANDING_TROOPS, 3000));
        assertThat(FULL.observationThresholds()).isEqualTo(Map.of(Force.TROOPS, 13000, Force.BATTLE_TANKS, 300,
                Force.LANDING_TROOPS, 3500));
        assertThat(FULL.constraints()).containsExactly(new ActivityConstraint(40000, 1, 3),
                new ActivityConstraint(13000, 6, 1), new ActivityConstraint(25000, 3, 1));
        assertThat(FULL.exchangeDue()).isEqualTo(java.time.MonthDay.of(12, 15));
        assertThat(FULL.exchangeValidFrom()).isEqualTo(java.time.MonthDay.of(1, 1));
        assertThat(FULL.calendarDue()).isEqualTo(java.time.MonthDay.of(11, 15));
        assertThat(FULL.unusualActivityReplyHours()).isEqualTo(48);
        assertThat(FULL.unusualActivityMeetingHours()).isEqualTo(48);
        assertThat(FULL.hotlineAcknowledgementMinutes()).isEqualTo(30);
        assertThat(STAGE_ONE.hotlineAcknowledgementMinutes()).isEqualTo(60);
        assertThat(FULL.stage()).isEqualTo(3);
        assertThat(STAGE_ONE.stage()).isEqualTo(1);
        assertThat(STAGE_ONE.measures()).containsExactly(Measure.ANNUAL_EXCHANGE);
    }

    @Test
    void aNotificationTenDaysShortIsLateByTenDays() {
        Verdict verdict = judge(troops(9000), START.minusDays(32));
        assertThat(verdict.notifiable()).isTrue();
        assertThat(verdict.noticeRequiredDays()).isEqualTo(42);
        assertThat(verdict.noticeGivenDays()).isEqualTo(32);
        assertThat(verdict.daysLate()).isEqualTo(10);
        assertThat(verdict.late()).isTrue();
        assertThat(judge(troops(9000), START.minusDays(42)).late()).isFalse();
    }

    @Test
    void aDeclarationJustBelowAThresholdIsFlagged() {
        assertThat(judge(troops(8100), START.minusDays(60)).nearThreshold()).containsExactly(Force.TROOPS);
        assertThat(judge(troops(8099), START.minusDays(60)).nearThreshold()).isEmpty();
        Verdict near = judge(troops(8999), START.minusDays(60));
        assertThat(near.notifiable()).isFalse();
        assertThat(near.nearThreshold()).containsExactly(Force.TROOPS);
    }

    @Test
    void linkedActivitiesThatTogetherCrossAThresholdAreNotifiable() {
        MilitaryActivity own = activity(troops(5000), START);
        MilitaryActivity linked = activity(troops(4500), START.plusDays(2));
        Verdict verdict = Verdict.of(VERSION, own, START.minusDays(50), List.of(linked), List.of());
        assertThat(verdict.thresholdsReached()).isEmpty();
        assertThat(verdict.linkedThresholdsReached()).containsExactly(Force.TROOPS);
        assertThat(verdict.notifiable()).isTrue();
    }

    @Test
    void observationStartsAtItsOwnThresholds() {
        assertThat(judge(troops(12999), START.minusDays(60)).observable()).isFalse();
        assertThat(judge(troops(13000), START.minusDays(60)).observable()).isTrue();
        assertThat(judge(new Forces(0, 0, 0, 0, 0, 3500, 0), START.minusDays(60)).observable()).isTrue();
    }

    @Test
    void aSecondActivityAboveFortyThousandTroopsWithinThreeCalendarYearsBreaksTheConstraint() {
        MilitaryActivity earlier = activity(troops(45000), START.minusYears(2));
        Verdict verdict = Verdict.of(VERSION, activity(troops(41000), START), START.minusDays(60), List.of(),
                List.of(earlier));
        assertThat(verdict.constraintsBroken()).containsExactly(new ActivityConstraint(40000, 1, 3));
        Verdict later = Verdict.of(VERSION, activity(troops(41000), START), START.minusDays(60), List.of(),
                List.of(activity(troops(45000), START.minusYears(3))));
        assertThat(later.constraintsBroken()).isEmpty();
    }

    @Test
    void aSnapExerciseIsNotifiedAsItStarts() {
        MilitaryActivity snap = new MilitaryActivity(ActivityType.SNAP_EXERCISE, START, START.plusDays(2),
                List.of(new Point(40, 130)), troops(20000));
        Verdict verdict = Verdict.of(VERSION, snap, START, List.of(), List.of());
        assertThat(verdict.noticeRequiredDays()).isZero();
        assertThat(verdict.late()).isFalse();
    }

    @Test
    void underTheStageOneRegimeNothingIsNotifiable() {
        RuleSetVersion stageOne = new RuleSetVersion("NEACD", 1, LocalDate.of(1994, 1, 1), STAGE_ONE,
                java.time.Instant.EPOCH, "test");
        Verdict verdict = Verdict.of(stageOne, activity(troops(50000), START), START.minusDays(1), List.of(), List.of());
        assertThat(verdict.notificationInForce()).isFalse();
        assertThat(verdict.notifiable()).isFalse();
        assertThat(verdict.late()).isFalse();
    }

    @Test
    void badActivitiesNameTheirField() {
        assertThatThrownBy(() -> new Point(91, 0)).isInstanceOf(RuleViolation.class).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new Point(0, -181)).isInstanceOf(RuleViolation.class).hasMessageContaining("longitude");
        assertThatThrownBy(() -> troops(-1)).isInstanceOf(RuleViolation.class).hasMessageContaining("forces.troops");
        assertThatThrownBy(() -> new MilitaryActivity(ActivityType.EXERCISE, START, START.minusDays(1),
                List.of(new Point(0, 0)), troops(1))).isInstanceOf(RuleViolation.class).hasMessageContaining("endsOn");
    }

    private static Verdict judge(Forces forces, LocalDate submittedOn) {
        return Verdict.of(VERSION, activity(forces, START), submittedOn, List.of(), List.of());
    }

    private static MilitaryActivity activity(Forces forces, LocalDate startsOn) {
        return new MilitaryActivity(ActivityType.EXERCISE, startsOn, startsOn.plusDays(4), List.of(new Point(38, 127)),
                forces);
    }

    private static Forces troops(int troops) {
        return new Forces(troops, 0, 0, 0, 0, 0, 0);
    }
}
