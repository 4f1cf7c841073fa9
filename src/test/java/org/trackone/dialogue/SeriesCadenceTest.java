package org.trackone.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trackone.RuleViolation;
import org.trackone.dialogue.SeriesCadence.DateRange;
import org.trackone.dialogue.SeriesCadence.ProposedPlenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeriesCadenceTest {

    private final SeriesCadence sevenToEight = new SeriesCadence(7, 8);

    @Test
    void proposesTheMiddleOfTheWindowOnAWeekdayAsLongAsTheLastPlenary() {
        // Plenary VI: Monday 7 to Tuesday 8 April 1997. Window: 7 Nov to 7 Dec 1997, middle 22 Nov (a Saturday).
        ProposedPlenary next = sevenToEight.proposeAfter(LocalDate.of(1997, 4, 7), LocalDate.of(1997, 4, 8), List.of());
        assertThat(next.earliest()).isEqualTo(LocalDate.of(1997, 11, 7));
        assertThat(next.latest()).isEqualTo(LocalDate.of(1997, 12, 7));
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(1997, 11, 24));
        assertThat(next.startsOn().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(next.endsOn()).isEqualTo(LocalDate.of(1997, 11, 25));
        assertThat(next.withinCadence()).isTrue();
    }

    @Test
    void stepsPastTheBodysOtherMeetings() {
        List<DateRange> busy = List.of(new DateRange(LocalDate.of(1997, 11, 24), LocalDate.of(1997, 11, 26)));
        ProposedPlenary next = sevenToEight.proposeAfter(LocalDate.of(1997, 4, 7), LocalDate.of(1997, 4, 8), busy);
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(1997, 11, 27));
        assertThat(new DateRange(next.startsOn(), next.endsOn()).overlaps(busy.get(0))).isFalse();
    }

    @Test
    void looksEarlierInTheWindowWhenTheLaterPartIsTaken() {
        List<DateRange> busy = List.of(new DateRange(LocalDate.of(1997, 11, 20), LocalDate.of(1997, 12, 10)));
        ProposedPlenary next = sevenToEight.proposeAfter(LocalDate.of(1997, 4, 7), LocalDate.of(1997, 4, 8), busy);
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(1997, 11, 18));
        assertThat(next.withinCadence()).isTrue();
    }

    @Test
    void saysSoWhenTheWholeWindowIsTaken() {
        List<DateRange> busy = List.of(new DateRange(LocalDate.of(1997, 11, 1), LocalDate.of(1997, 12, 9)));
        ProposedPlenary next = sevenToEight.proposeAfter(LocalDate.of(1997, 4, 7), LocalDate.of(1997, 4, 8), busy);
        assertThat(next.withinCadence()).isFalse();
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(1997, 12, 10));
    }

    @Test
    void aOneDayMeetingIsFollowedByAOneDayProposal() {
        ProposedPlenary next = new SeriesCadence(6, 6).proposeAfter(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 14),
                List.of());
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(next.endsOn()).isEqualTo(next.startsOn());
    }

    @Test
    void refusesAWindowThatIsNotOne() {
        assertThatThrownBy(() -> new SeriesCadence(8, 7)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new SeriesCadence(0, 3)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void numbersPlenariesTheWaySeriesAreWritten() {
        assertThat(RomanNumeral.of(6)).isEqualTo("VI");
        assertThat(RomanNumeral.of(7)).isEqualTo("VII");
        assertThat(RomanNumeral.of(14)).isEqualTo("XIV");
        assertThat(RomanNumeral.of(49)).isEqualTo("XLIX");
    }
}
