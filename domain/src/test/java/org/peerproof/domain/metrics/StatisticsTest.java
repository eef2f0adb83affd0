package org.peerproof.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Statistics.median(List.of(5, 1, 3)).getAsDouble()).isEqualTo(3.0);
        assertThat(Statistics.median(List.of(4, 1, 3, 2)).getAsDouble()).isEqualTo(2.5);
        assertThat(Statistics.median(List.<Integer>of())).isEmpty();
    }

    @Test
    void meanOfHandPickedNumbers() {
        assertThat(Statistics.mean(List.of(1, 2, 3, 6)).getAsDouble()).isEqualTo(3.0);
        assertThat(Statistics.mean(List.<Long>of())).isEmpty();
    }

    @Test
    void giniIsZeroForAnEvenLoadAndGrowsAsOneCarriesMore() {
        assertThat(Statistics.gini(List.of(2, 2, 2, 2)).getAsDouble()).isEqualTo(0.0);
        // Mean absolute difference over all 16 ordered pairs is 20/16; G = 20 / (2 * 16 * 2.5) = 0.25.
        assertThat(Statistics.gini(List.of(4, 1, 3, 2)).getAsDouble()).isCloseTo(0.25, within(1e-12));
        // One of four carries everything: (n - 1) / n.
        assertThat(Statistics.gini(List.of(0, 0, 4, 0)).getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(Statistics.gini(List.of(0, 0))).isEmpty();
        assertThat(Statistics.gini(List.<Long>of())).isEmpty();
    }

    @Test
    void maxToMedianShowsHowFarTheBusiestStandsOut() {
        assertThat(Statistics.maxToMedian(List.of(1, 2, 3, 10)).getAsDouble()).isEqualTo(4.0);
        assertThat(Statistics.maxToMedian(List.of(0, 0, 5))).as("median 0").isEmpty();
    }
}
