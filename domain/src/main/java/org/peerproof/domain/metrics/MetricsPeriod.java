package org.peerproof.domain.metrics;

import java.time.LocalDate;
import java.util.Objects;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.calendar.Quarter;

/** The period presets of the metrics dashboard, each ending today; {@link #CUSTOM} is whatever staff pick. */
public enum MetricsPeriod {
    LAST_30_DAYS,
    THIS_QUARTER,
    LAST_6_MONTHS,
    LAST_12_MONTHS,
    YEAR_TO_DATE,
    CUSTOM;

    /** The preset the dashboard opens with: a year is long enough for deals to close and trends to show. */
    public static final MetricsPeriod DEFAULT = LAST_12_MONTHS;

    /** The days this preset covers, through {@code today}; {@link #CUSTOM} has no days of its own. */
    public DateRange endingOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return switch (this) {
            case LAST_30_DAYS -> new DateRange(today.minusDays(29), today);
            case THIS_QUARTER -> new DateRange(Quarter.of(today).firstDay(), today);
            case LAST_6_MONTHS -> new DateRange(today.minusMonths(6).plusDays(1), today);
            case LAST_12_MONTHS -> new DateRange(today.minusMonths(12).plusDays(1), today);
            case YEAR_TO_DATE -> new DateRange(today.withDayOfYear(1), today);
            case CUSTOM -> throw new IllegalStateException("A custom period has the days staff chose");
        };
    }
}
