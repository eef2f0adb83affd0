package org.peerproof.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    private static final DateRange AUGUST_1_TO_14 = new DateRange(LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-14"));

    @ParameterizedTest(name = "1-14 Aug contains {0}: {1}")
    @CsvSource({
            "2026-07-31, false",
            "2026-08-01, true",
            "2026-08-07, true",
            "2026-08-14, true",
            "2026-08-15, false"
    })
    void containsBothEnds(LocalDate date, boolean expected) {
        assertThat(AUGUST_1_TO_14.contains(date)).isEqualTo(expected);
    }

    @Test
    void oneDayRangeContainsOnlyThatDay() {
        LocalDate day = LocalDate.parse("2026-08-01");
        DateRange oneDay = new DateRange(day, day);

        assertThat(oneDay.contains(day)).isTrue();
        assertThat(oneDay.contains(day.minusDays(1))).isFalse();
        assertThat(oneDay.contains(day.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}..{2} overlaps 1-14 Aug = {3}")
    @CsvSource({
            "ends the day before,            2026-07-20, 2026-07-31, false",
            "ends on the first day,          2026-07-20, 2026-08-01, true",
            "starts on the last day,         2026-08-14, 2026-08-20, true",
            "starts the day after,           2026-08-15, 2026-08-20, false",
            "lies inside,                    2026-08-05, 2026-08-06, true",
            "encloses it,                    2026-07-01, 2026-09-30, true",
            "is the same range,              2026-08-01, 2026-08-14, true",
            "overlaps the start partly,      2026-07-25, 2026-08-03, true"
    })
    void overlapsWhenSharingAtLeastOneDay(String description, LocalDate start, LocalDate end, boolean expected) {
        DateRange other = new DateRange(start, end);

        assertThat(AUGUST_1_TO_14.overlaps(other)).isEqualTo(expected);
        assertThat(other.overlaps(AUGUST_1_TO_14)).as("overlap is symmetric").isEqualTo(expected);
    }

    @Test
    void rejectsEndBeforeStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DateRange(LocalDate.parse("2026-08-14"), LocalDate.parse("2026-08-13")))
                .withMessageContaining("2026-08-13")
                .withMessageContaining("before its start 2026-08-14");
    }

    @Test
    void rejectsMissingEnds() {
        assertThatNullPointerException().isThrownBy(() -> new DateRange(null, LocalDate.parse("2026-08-14")));
        assertThatNullPointerException().isThrownBy(() -> new DateRange(LocalDate.parse("2026-08-14"), null));
        assertThatNullPointerException().isThrownBy(() -> AUGUST_1_TO_14.contains(null));
        assertThatNullPointerException().isThrownBy(() -> AUGUST_1_TO_14.overlaps(null));
    }
}
