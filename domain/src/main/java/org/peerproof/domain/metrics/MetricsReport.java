package org.peerproof.domain.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.matching.BurnoutTrigger;
import org.peerproof.domain.request.DealStage;

/**
 * Every figure of the program metrics dashboard (rule 8, 2 and 9) for one {@link MetricsFilter}.
 *
 * @param filter        what was measured
 * @param availability  reference availability: requests matched within the window
 * @param timeToMatch   hours from filing to the first accepted ask
 * @param callToClose   closed deals with and without a completed reference
 * @param nps           reference NPS (prospects after a call) and overall NPS (accounts)
 * @param revenue       won deal amounts a completed reference influenced, per month
 * @param usage         how the asks of the period spread over the active advocates
 * @param burnout       advocates flagged by rule 2 today
 * @param staleProfiles advocates whose profile review is due (rule 9)
 * @param stages        requests filed in the period per deal stage
 */
public record MetricsReport(MetricsFilter filter, Availability availability, TimeToMatch timeToMatch,
                            CallToClose callToClose, NpsComparison nps, InfluencedRevenue revenue,
                            UsageDistribution usage, List<BurnoutRow> burnout, StaleProfiles staleProfiles,
                            List<StageCount> stages) {

    /** The availability goal the program aims for (issue 7): 70 % of requests matched within the window. */
    public static final double AVAILABILITY_GOAL = 0.70;

    /**
     * @param windowHours matched means an ask was accepted within this many hours of filing
     * @param overall     requests matched within the window out of requests filed (and old enough to judge)
     * @param months      the same per month of filing, oldest first
     */
    public record Availability(int windowHours, Ratio overall, List<MonthlyRatio> months) {
        public boolean meetsGoal() {
            return overall.meets(AVAILABILITY_GOAL);
        }
    }

    public record MonthlyRatio(YearMonth month, Ratio ratio) {
    }

    /**
     * @param matchedRequests requests of the period with an accepted ask
     * @param medianHours     median hours from filing to the first accepted ask
     * @param averageHours    mean of the same
     * @param buckets         how many requests were matched within each band of hours
     */
    public record TimeToMatch(long matchedRequests, OptionalDouble medianHours, OptionalDouble averageHours,
                              List<HoursBucket> buckets) {
    }

    /**
     * A band of hours: from {@code fromHours} (included) up to {@code toHours} (excluded; {@code null} for open).
     */
    public record HoursBucket(int fromHours, Integer toHours, long requests) {
    }

    public record CallToClose(DealGroup withReference, DealGroup withoutReference) {
    }

    /**
     * Deals closed in the period.
     *
     * @param won               deals won
     * @param lost              deals lost
     * @param averageCycleDays  mean days in the sales cycle of these deals
     */
    public record DealGroup(long won, long lost, OptionalDouble averageCycleDays) {
        public Ratio winRate() {
            return new Ratio(won, won + lost);
        }
    }

    /**
     * @param reference       prospects' 0–10 scores after completed reference calls
     * @param overallNps      mean NPS (-100..100) of the customer accounts that have one
     * @param accountsScored  how many accounts have an NPS
     */
    public record NpsComparison(NpsTally reference, OptionalDouble overallNps, long accountsScored) {
    }

    /**
     * @param currency the program's currency, that of every amount
     * @param months   won amounts per month of closing, every month of the period, oldest first
     */
    public record InfluencedRevenue(Currency currency, List<MonthlyAmount> months) {

        public BigDecimal total() {
            return months.stream().map(MonthlyAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The months summed per calendar quarter, oldest first. */
        public List<QuarterlyAmount> quarters() {
            var sums = new LinkedHashMap<Quarter, BigDecimal>();
            months.forEach(month -> sums.merge(Quarter.of(month.month().atDay(1)), month.amount(), BigDecimal::add));
            var quarters = new ArrayList<QuarterlyAmount>();
            sums.forEach((quarter, amount) -> quarters.add(new QuarterlyAmount(quarter, amount)));
            return quarters;
        }
    }

    public record MonthlyAmount(YearMonth month, BigDecimal amount, long deals) {
    }

    public record QuarterlyAmount(Quarter quarter, BigDecimal amount) {
    }

    /**
     * @param advocates    active advocates measured
     * @param asks         asks put to them in the period (withdrawn ones left out)
     * @param histogram    how many advocates got each number of asks, from 0 asks up to the most
     * @param gini         Gini coefficient of asks per advocate (0 = perfectly even)
     * @param maxAsks      the most asks one advocate got
     * @param medianAsks   the median asks per advocate
     * @param maxToMedian  {@code maxAsks / medianAsks}
     */
    public record UsageDistribution(long advocates, long asks, List<UsageBucket> histogram, OptionalDouble gini,
                                    long maxAsks, OptionalDouble medianAsks, OptionalDouble maxToMedian) {
    }

    public record UsageBucket(long asks, long advocates) {
    }

    /** An advocate rule 2 flags today, with the counts behind the flag. */
    public record BurnoutRow(Long advocateId, String name, String company, int asksInRollingQuarter,
                             int declineStreak, Set<BurnoutTrigger> triggers) {
    }

    /**
     * @param count  active advocates whose profile review is due
     * @param oldest the longest-unreviewed of them (never reviewed first), at most {@link #LIST_LIMIT}
     */
    public record StaleProfiles(long count, List<StaleProfile> oldest) {
        public static final int LIST_LIMIT = 100;
    }

    public record StaleProfile(Long advocateId, String name, String company, LocalDate lastReviewedOn) {
    }

    public record StageCount(DealStage stage, long requests) {
    }
}
