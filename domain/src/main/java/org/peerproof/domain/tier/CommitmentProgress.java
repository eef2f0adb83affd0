package org.peerproof.domain.tier;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How far an advocate is through their yearly commitment: activities completed in the commitment year (from the
 * last recommitment, or joining) against what their tier expects. When that year started more than twelve months
 * ago (the recommitment is overdue), the last twelve months count instead.
 *
 * @param since    first day counted
 * @param completed activities on or after {@code since}, up to today
 * @param expected the tier's expected activities per year; 0 without a tier
 */
public record CommitmentProgress(LocalDate since, int completed, int expected) {

    public static CommitmentProgress of(LocalDate commitmentStart, LocalDate today, int expected,
                                        Collection<LocalDate> activityDates) {
        var twelveMonths = today.minusYears(1).plusDays(1);
        var since = commitmentStart == null || commitmentStart.isBefore(twelveMonths) || commitmentStart.isAfter(today)
                ? twelveMonths : commitmentStart;
        int completed = (int) activityDates.stream()
                .filter(date -> !date.isBefore(since) && !date.isAfter(today))
                .count();
        return new CommitmentProgress(since, completed, expected);
    }

    /** Share of the commitment done, 0 to 100 (more activities than expected still show 100). */
    public int percent() {
        return expected == 0 ? 100 : Math.min(100, Math.round(completed * 100f / expected));
    }

    public boolean met() {
        return completed >= expected;
    }
}
