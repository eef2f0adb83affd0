package org.peerproof.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @CsvSource({
            "zero days on a weekday stays,          2026-05-13, 0, 2026-05-13",
            "zero days on a Saturday stays,         2026-05-16, 0, 2026-05-16",
            "Wednesday + 1 is Thursday,             2026-05-13, 1, 2026-05-14",
            "Thursday + 1 is Friday,                2026-05-14, 1, 2026-05-15",
            "Friday + 1 is Monday,                  2026-05-15, 1, 2026-05-18",
            "Saturday + 1 is Monday,                2026-05-16, 1, 2026-05-18",
            "Sunday + 1 is Monday,                  2026-05-17, 1, 2026-05-18",
            "Wednesday + 3 crosses the weekend,     2026-05-13, 3, 2026-05-18",
            "Friday + 3 is Wednesday,               2026-05-15, 3, 2026-05-20",
            "Saturday + 3 is Wednesday,             2026-05-16, 3, 2026-05-20",
            "Friday + 5 is next Friday,             2026-05-15, 5, 2026-05-22",
            "Wednesday + 10 is two weeks later,     2026-05-13, 10, 2026-05-27",
            "New Year's Day is not a holiday here,  2026-12-31, 2, 2027-01-04",
            "leap day is a business day,            2024-02-28, 1, 2024-02-29"
    })
    void addToDate(String description, LocalDate start, int businessDays, LocalDate expected) {
        assertThat(BusinessDays.add(start, businessDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a business day: {1}")
    @CsvSource({
            "MONDAY, true", "TUESDAY, true", "WEDNESDAY, true", "THURSDAY, true", "FRIDAY, true",
            "SATURDAY, false", "SUNDAY, false"
    })
    void weekdaysAreBusinessDays(DayOfWeek day, boolean expected) {
        LocalDate mondayOfSomeWeek = LocalDate.parse("2026-05-11");
        LocalDate date = mondayOfSomeWeek.plusDays(day.ordinal());

        assertThat(BusinessDays.isBusinessDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} + {2} in {3} = {4}")
    @CsvSource({
            "zero days keeps the instant,                     2026-05-13T09:30:00Z, 0, Europe/Berlin, 2026-05-13T09:30:00Z",
            "Friday 10:00 Berlin + 1 is Monday 10:00,          2026-05-15T08:00:00Z, 1, Europe/Berlin, 2026-05-18T08:00:00Z",
            // Clocks go forward on Sunday 29 March: Monday 10:00 is an hour less than 72 h later.
            "keeps wall-clock time across a DST change,       2026-03-27T09:00:00Z, 1, Europe/Berlin, 2026-03-30T08:00:00Z",
            // Friday 16:00 UTC is already Saturday 01:00 in Tokyo, so one business day ends on Monday there.
            "counts on the calendar of the zone (Tokyo),      2026-05-15T16:00:00Z, 1, Asia/Tokyo,    2026-05-17T16:00:00Z",
            "counts on the calendar of the zone (UTC),        2026-05-15T16:00:00Z, 1, UTC,           2026-05-18T16:00:00Z",
            "Friday + 3 is Wednesday at the same time,        2026-05-15T08:00:00Z, 3, Europe/Berlin, 2026-05-20T08:00:00Z",
            // Cairo skips 00:00-01:00 on Friday 26 April 2024: 00:30 does not exist and moves to 01:30 summer time.
            "a time lost in a DST gap moves later by the gap, 2024-04-24T22:30:00Z, 1, Africa/Cairo,  2024-04-25T22:30:00Z"
    })
    void addToInstant(String description, Instant start, int businessDays, ZoneId zone, Instant expected) {
        assertThat(BusinessDays.add(start, businessDays, zone)).isEqualTo(expected);
    }

    @Test
    void rejectsNegativeDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BusinessDays.add(LocalDate.parse("2026-05-13"), -1))
                .withMessage("Business days to add must not be negative but was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BusinessDays.add(Instant.parse("2026-05-13T00:00:00Z"), -1, ZoneId.of("UTC")));
    }
}
