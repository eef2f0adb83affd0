package org.peerproof.domain.metrics;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.calendar.DateRange;

/**
 * What the metrics dashboard looks at. The period selects requests by when they were filed, asks by when they
 * were made and deals by their close date; region and product select requests (and their asks and deals) by the
 * prospect's region and the products asked about, and advocates by their account's region and the products they use.
 *
 * @param from      first day, included
 * @param to        last day, included
 * @param region    only this region; {@code null} for all
 * @param productId only this product; {@code null} for all
 */
public record MetricsFilter(@NotNull LocalDate from, @NotNull LocalDate to, Region region, @Positive Long productId) {

    /** A preset period ending {@code today}, all regions and products. */
    public static MetricsFilter of(MetricsPeriod period, LocalDate today) {
        var days = period.endingOn(today);
        return new MetricsFilter(days.start(), days.end(), null, null);
    }

    public MetricsFilter withRegion(Region value) {
        return new MetricsFilter(from, to, value, productId);
    }

    public MetricsFilter withProduct(Long value) {
        return new MetricsFilter(from, to, region, value);
    }

    @AssertTrue
    public boolean isPeriodInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** The period as a day range. */
    public DateRange days() {
        return new DateRange(from, to);
    }
}
