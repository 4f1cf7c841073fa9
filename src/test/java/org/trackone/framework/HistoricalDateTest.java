package org.trackone.framework;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoricalDateTest {

    @Test
    void keepsThePrecisionTheSourceGives() {
        assertThat(HistoricalDate.parse("1993").precision()).isEqualTo(HistoricalDate.Precision.YEAR);
        assertThat(HistoricalDate.parse("1993-07").precision()).isEqualTo(HistoricalDate.Precision.MONTH);
        assertThat(HistoricalDate.parse("1997-12-09").date()).isEqualTo(LocalDate.of(1997, 12, 9));
        assertThat(HistoricalDate.parse("1993-07")).hasToString("1993-07");
    }

    @Test
    void knowsItsLastPossibleDay() {
        assertThat(HistoricalDate.parse("1993-02").lastDay()).isEqualTo(LocalDate.of(1993, 2, 28));
        assertThat(HistoricalDate.parse("1994").lastDay()).isEqualTo(LocalDate.of(1994, 12, 31));
    }

    @Test
    void isWrittenForPeople() {
        assertThat(HistoricalDate.parse("1993-07").display(Locale.ENGLISH)).isEqualTo("July 1993");
        assertThat(HistoricalDate.parse("1993").display(Locale.ENGLISH)).isEqualTo("1993");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "93", "1993-13", "1993-02-30", "July 1993", "1899", "2201-01-01", "1993-7"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> HistoricalDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
