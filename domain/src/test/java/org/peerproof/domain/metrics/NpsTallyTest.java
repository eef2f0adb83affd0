package org.peerproof.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsTallyTest {

    @Test
    void promotersMinusDetractorsInPercent() {
        var tally = NpsTally.of(10, 10, 9, 7, 2);
        assertThat(tally).isEqualTo(new NpsTally(3, 1, 1));
        assertThat(tally.score().getAsDouble()).isEqualTo(40.0);
    }

    @Test
    void boundariesSixIsADetractorSevenAndEightArePassiveNineIsAPromoter() {
        assertThat(NpsTally.of(6, 7, 8, 9)).isEqualTo(new NpsTally(1, 2, 1));
        assertThat(NpsTally.of(10, 9, 9, 8, 7, 6, 0, 5, 10, 3).score().getAsDouble()).isEqualTo(0.0);
        assertThat(NpsTally.of(0, 0, 0).score().getAsDouble()).isEqualTo(-100.0);
        assertThat(new NpsTally(2, 0, 1).score().getAsDouble()).isCloseTo(33.333, within(0.001));
    }

    @Test
    void noAnswersNoScore() {
        assertThat(NpsTally.of().score()).isEmpty();
        assertThatThrownBy(() -> NpsTally.of(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
