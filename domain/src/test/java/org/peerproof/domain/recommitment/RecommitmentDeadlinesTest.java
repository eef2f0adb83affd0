package org.peerproof.domain.recommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecommitmentDeadlinesTest {

    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void lapsesOnTheDueDateNotTheDayBefore() {
        assertThat(RecommitmentDeadlines.lapses(DUE, DUE.minusDays(1))).isFalse();
        assertThat(RecommitmentDeadlines.lapses(DUE, DUE)).isTrue();
        assertThat(RecommitmentDeadlines.lapses(DUE, DUE.plusDays(3))).isTrue();
    }

    @Test
    void firstReminderThirtyDaysBeforeOnce() {
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(31), false, false)).isEmpty();
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(30), false, false)).isEqualTo(OptionalInt.of(30));
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(20), false, false)).isEqualTo(OptionalInt.of(30));
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(20), true, false)).isEmpty();
    }

    @Test
    void finalReminderSevenDaysBeforeOnceEvenWithoutTheFirst() {
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(8), true, false)).isEmpty();
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(7), true, false)).isEqualTo(OptionalInt.of(7));
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(5), false, false)).isEqualTo(OptionalInt.of(7));
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE.minusDays(5), true, true)).isEmpty();
    }

    @Test
    void noReminderOnOrAfterTheDueDate() {
        assertThat(RecommitmentDeadlines.reminderDue(DUE, DUE, false, false)).isEmpty();
    }
}
