package org.peerproof.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Test
    void countsActivitiesSinceTheLastRecommitment() {
        var recommitted = LocalDate.of(2026, 2, 1);
        var progress = CommitmentProgress.of(recommitted, TODAY, 6, List.of(
                LocalDate.of(2026, 1, 31), recommitted, LocalDate.of(2026, 3, 10), TODAY));

        assertThat(progress.since()).isEqualTo(recommitted);
        assertThat(progress.completed()).isEqualTo(3);
        assertThat(progress.expected()).isEqualTo(6);
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.met()).isFalse();
    }

    @Test
    void anOverdueCommitmentYearCountsTheLastTwelveMonths() {
        var progress = CommitmentProgress.of(LocalDate.of(2024, 1, 1), TODAY, 3, List.of(
                LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 13), LocalDate.of(2026, 1, 2)));

        assertThat(progress.since()).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(progress.completed()).isEqualTo(2);
    }

    @Test
    void withoutAStartDateTheLastTwelveMonthsCount() {
        assertThat(CommitmentProgress.of(null, TODAY, 2, List.of()).since()).isEqualTo(LocalDate.of(2025, 5, 13));
    }

    @Test
    void moreThanExpectedIsMetAndShowsAHundredPercent() {
        var progress = CommitmentProgress.of(LocalDate.of(2026, 1, 1), TODAY, 2, List.of(
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5)));

        assertThat(progress.met()).isTrue();
        assertThat(progress.percent()).isEqualTo(100);
    }

    @Test
    void futureActivitiesDoNotCount() {
        assertThat(CommitmentProgress.of(LocalDate.of(2026, 1, 1), TODAY, 2,
                List.of(TODAY.plusDays(1))).completed()).isZero();
    }

    @Test
    void nothingExpectedIsFullyMet() {
        assertThat(CommitmentProgress.of(null, TODAY, 0, List.of()).percent()).isEqualTo(100);
    }
}
