package org.peerproof.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

    /** In the second quarter of 2026; the first quarter is the previous one. */
    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    static final LocalDate JOINED_LONG_AGO = LocalDate.of(2024, 3, 1);

    @Test
    void doneWhenHeldThisQuarter() {
        assertThat(CheckInSchedule.status(LocalDate.of(2026, 4, 1), JOINED_LONG_AGO, TODAY)).isEqualTo(CheckInStatus.DONE);
    }

    @Test
    void dueWhenHeldLastQuarterButNotYetThisOne() {
        assertThat(CheckInSchedule.status(LocalDate.of(2026, 3, 31), JOINED_LONG_AGO, TODAY)).isEqualTo(CheckInStatus.DUE);
    }

    @Test
    void overdueWhenTheLastQuarterPassedWithoutOne() {
        assertThat(CheckInSchedule.status(LocalDate.of(2025, 12, 31), JOINED_LONG_AGO, TODAY))
                .isEqualTo(CheckInStatus.OVERDUE);
        assertThat(CheckInSchedule.status(null, JOINED_LONG_AGO, TODAY)).isEqualTo(CheckInStatus.OVERDUE);
        assertThat(CheckInSchedule.status(null, null, TODAY)).isEqualTo(CheckInStatus.OVERDUE);
    }

    @Test
    void onlyDueForAnAdvocateWhoJoinedDuringTheLastQuarter() {
        assertThat(CheckInSchedule.status(null, LocalDate.of(2026, 2, 15), TODAY)).isEqualTo(CheckInStatus.DUE);
        assertThat(CheckInSchedule.status(null, LocalDate.of(2026, 1, 1), TODAY)).isEqualTo(CheckInStatus.OVERDUE);
    }
}
