package org.peerproof.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @ParameterizedTest(name = "{0} is in {1}-Q{2}")
    @CsvSource({
            "2026-01-01, 2026, 1",
            "2026-02-14, 2026, 1",
            "2026-03-31, 2026, 1",
            "2026-04-01, 2026, 2",
            "2026-06-30, 2026, 2",
            "2026-07-01, 2026, 3",
            "2026-09-30, 2026, 3",
            "2026-10-01, 2026, 4",
            "2026-12-31, 2026, 4",
            "2024-02-29, 2024, 1"
    })
    void ofDate(LocalDate date, int year, int quarter) {
        assertThat(Quarter.of(date)).isEqualTo(new Quarter(year, quarter));
    }

    @ParameterizedTest(name = "{0}-Q{1} runs {2} to {3}")
    @CsvSource({
            "2026, 1, 2026-01-01, 2026-03-31",
            "2026, 2, 2026-04-01, 2026-06-30",
            "2026, 3, 2026-07-01, 2026-09-30",
            "2026, 4, 2026-10-01, 2026-12-31",
            "2024, 1, 2024-01-01, 2024-03-31"
    })
    void firstAndLastDay(int year, int quarter, LocalDate firstDay, LocalDate lastDay) {
        Quarter q = new Quarter(year, quarter);

        assertThat(q.firstDay()).isEqualTo(firstDay);
        assertThat(q.lastDay()).isEqualTo(lastDay);
        assertThat(q.days()).isEqualTo(new DateRange(firstDay, lastDay));
    }

    @ParameterizedTest(name = "after {0}-Q{1} comes {2}-Q{3}")
    @CsvSource({
            "2026, 1, 2026, 2",
            "2026, 2, 2026, 3",
            "2026, 3, 2026, 4",
            "2025, 4, 2026, 1"
    })
    void nextAndPreviousAreInverse(int year, int quarter, int nextYear, int nextQuarter) {
        Quarter q = new Quarter(year, quarter);
        Quarter following = new Quarter(nextYear, nextQuarter);

        assertThat(q.next()).isEqualTo(following);
        assertThat(following.previous()).isEqualTo(q);
    }

    @ParameterizedTest(name = "2026-Q2 contains {0}: {1}")
    @CsvSource({
            "2026-03-31, false",
            "2026-04-01, true",
            "2026-06-30, true",
            "2026-07-01, false",
            "2025-05-15, false"
    })
    void contains(LocalDate date, boolean expected) {
        assertThat(new Quarter(2026, 2).contains(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}-Q{1} in {2} is [{3}, {4})")
    @CsvSource({
            "2026, 1, UTC,              2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z",
            // Berlin: the quarter starts in winter time (UTC+1) and ends in summer time (UTC+2).
            "2026, 1, Europe/Berlin,    2025-12-31T23:00:00Z, 2026-03-31T22:00:00Z",
            "2026, 2, Europe/Berlin,    2026-03-31T22:00:00Z, 2026-06-30T22:00:00Z",
            "2026, 4, Europe/Berlin,    2026-09-30T22:00:00Z, 2026-12-31T23:00:00Z",
            "2026, 2, America/New_York, 2026-04-01T04:00:00Z, 2026-07-01T04:00:00Z",
            "2026, 3, Asia/Kolkata,     2026-06-30T18:30:00Z, 2026-09-30T18:30:00Z"
    })
    void instantBoundariesInZone(int year, int quarter, ZoneId zone, Instant start, Instant end) {
        Quarter q = new Quarter(year, quarter);

        assertThat(q.startInclusive(zone)).isEqualTo(start);
        assertThat(q.endExclusive(zone)).isEqualTo(end);
        assertThat(q.endExclusive(zone)).isEqualTo(q.next().startInclusive(zone));
    }

    @Test
    void instantJustBeforeStartBelongsToPreviousQuarterInThatZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant start = new Quarter(2026, 2).startInclusive(berlin);

        assertThat(Quarter.of(LocalDate.ofInstant(start, berlin))).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.of(LocalDate.ofInstant(start.minusNanos(1), berlin))).isEqualTo(new Quarter(2026, 1));
        // The same instant is still 31 March in UTC: the zone decides the quarter.
        assertThat(Quarter.of(LocalDate.ofInstant(start, ZoneId.of("UTC")))).isEqualTo(new Quarter(2026, 1));
    }

    @ParameterizedTest(name = "quarter {0} is rejected")
    @ValueSource(ints = {0, 5, -1})
    void rejectsQuarterOutsideOneToFour(int quarter) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Quarter(2026, quarter))
                .withMessage("Quarter must be 1 to 4 but was " + quarter);
    }

    @Test
    void printsAsYearAndQuarter() {
        assertThat(new Quarter(2026, 2)).hasToString("2026-Q2");
    }

    @Test
    void parseReadsWhatToStringWrites() {
        assertThat(Quarter.parse(new Quarter(2026, 2).toString())).isEqualTo(new Quarter(2026, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2026-Q5"));
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("Q2"));
    }
}
