package org.peerproof.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.metrics.MetricsReport.DealGroup;
import org.peerproof.domain.metrics.MetricsReport.InfluencedRevenue;
import org.peerproof.domain.metrics.MetricsReport.MonthlyAmount;
import org.peerproof.domain.metrics.MetricsReport.QuarterlyAmount;

/** The small calculations behind the figures: ratios against a goal, win rates, quarters, period presets. */
class RatioTest {

    @Test
    void seventyPercentMeetsTheAvailabilityGoalSixtyDoesNot() {
        assertThat(new Ratio(7, 10).fraction().getAsDouble()).isEqualTo(0.7);
        assertThat(new Ratio(7, 10).meets(MetricsReport.AVAILABILITY_GOAL)).isTrue();
        assertThat(new Ratio(6, 10).meets(MetricsReport.AVAILABILITY_GOAL)).isFalse();
        assertThat(new Ratio(0, 0).fraction()).isEmpty();
        assertThat(new Ratio(0, 0).meets(0)).isFalse();
        assertThatThrownBy(() -> new Ratio(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void winRateIsWonOutOfClosed() {
        var group = new DealGroup(2, 1, OptionalDouble.of(43.0));
        assertThat(group.winRate()).isEqualTo(new Ratio(2, 3));
        assertThat(new DealGroup(0, 0, OptionalDouble.empty()).winRate().fraction()).isEmpty();
    }

    @Test
    void revenueSumsPerQuarter() {
        var revenue = new InfluencedRevenue(Currency.getInstance("EUR"), List.of(
                new MonthlyAmount(YearMonth.of(2026, 1), new BigDecimal("100.00"), 1),
                new MonthlyAmount(YearMonth.of(2026, 2), new BigDecimal("50.00"), 1),
                new MonthlyAmount(YearMonth.of(2026, 3), BigDecimal.ZERO, 0),
                new MonthlyAmount(YearMonth.of(2026, 4), new BigDecimal("25.00"), 1)));
        assertThat(revenue.total()).isEqualByComparingTo("175");
        assertThat(revenue.quarters()).containsExactly(
                new QuarterlyAmount(new Quarter(2026, 1), new BigDecimal("150.00")),
                new QuarterlyAmount(new Quarter(2026, 2), new BigDecimal("25.00")));
    }

    @Test
    void periodPresetsEndToday() {
        var today = LocalDate.of(2026, 5, 12);
        assertThat(MetricsPeriod.LAST_30_DAYS.endingOn(today)).isEqualTo(new DateRange(LocalDate.of(2026, 4, 13), today));
        assertThat(MetricsPeriod.THIS_QUARTER.endingOn(today)).isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), today));
        assertThat(MetricsPeriod.LAST_6_MONTHS.endingOn(today)).isEqualTo(new DateRange(LocalDate.of(2025, 11, 13), today));
        assertThat(MetricsPeriod.LAST_12_MONTHS.endingOn(today)).isEqualTo(new DateRange(LocalDate.of(2025, 5, 13), today));
        assertThat(MetricsPeriod.YEAR_TO_DATE.endingOn(today)).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), today));
        assertThatThrownBy(() -> MetricsPeriod.CUSTOM.endingOn(today)).isInstanceOf(IllegalStateException.class);
    }
}
