package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BlackoutPeriodTest {

    private final BlackoutPeriod august = new BlackoutPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 21));

    @Test
    void coversBothEndDays() {
        assertThat(august.covers(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(august.covers(LocalDate.of(2026, 8, 21))).isTrue();
        assertThat(august.covers(LocalDate.of(2026, 7, 31))).isFalse();
        assertThat(august.covers(LocalDate.of(2026, 8, 22))).isFalse();
    }

    @Test
    void mustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new BlackoutPeriod(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 8, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
