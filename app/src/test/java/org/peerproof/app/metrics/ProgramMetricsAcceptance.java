package org.peerproof.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.function.Executable;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.matching.BurnoutTrigger;
import org.peerproof.domain.metrics.MetricsFilter;
import org.peerproof.domain.metrics.MetricsPeriod;
import org.peerproof.domain.metrics.MetricsReport;
import org.peerproof.domain.metrics.MetricsReport.BurnoutRow;
import org.peerproof.domain.metrics.ProgramMetrics;
import org.peerproof.domain.metrics.Ratio;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance of the metrics dashboard: on the demo program, for the default period, every figure has a non-trivial
 * value and equals what a plain SQL query written here, independently of the service, says. The date sweep
 * ({@code DemoProgramOnEveryDayTest}) runs these checks at each of its instants.
 */
public final class ProgramMetricsAcceptance {

    public static final SignedInUser PROGRAM_MANAGER = new SignedInUser("pm", "pm@peerproof.test", true, "PM", null,
            Set.of(Roles.PROGRAM_MANAGER));

    private static final int PROFILE_REVIEW_MONTHS = 6;

    private final ProgramMetrics metrics;
    private final JdbcTemplate jdbc;
    private final MetricsReport report;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDateTime fromUtc;
    private final LocalDateTime toUtc;
    private final Instant now;

    /** Reads the report for the default period ending on the clock's today. */
    public ProgramMetricsAcceptance(ProgramMetrics metrics, JdbcTemplate jdbc, Clock clock) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        now = clock.instant();
        var filter = MetricsFilter.of(MetricsPeriod.DEFAULT, metrics.today());
        from = filter.from();
        to = filter.to();
        fromUtc = from.atStartOfDay();
        toUtc = to.plusDays(1).atStartOfDay();
        report = metrics.report(PROGRAM_MANAGER, filter);
        assertThat(ChronoUnit.DAYS.between(from, to)).as("a year").isGreaterThan(360);
    }

    /** Every check, each named for the report of the test that runs them. */
    public Map<String, Executable> checks() {
        var checks = new LinkedHashMap<String, Executable>();
        checks.put("metrics: availability within 48 h", this::availabilityWithin48Hours);
        checks.put("metrics: time to match", this::timeToMatch);
        checks.put("metrics: call-to-close", this::callToCloseWithAndWithoutACompletedReference);
        checks.put("metrics: reference NPS", this::referenceNpsAgainstOverallNps);
        checks.put("metrics: influenced revenue", this::influencedRevenuePerMonth);
        checks.put("metrics: usage distribution", this::usageDistributionOverTheActiveAdvocates);
        checks.put("metrics: burnout list", this::burnoutListMatchesTheAsksOfEachActiveAdvocate);
        checks.put("metrics: stale profiles", this::staleProfiles);
        checks.put("metrics: requests by stage", this::requestsByDealStage);
        return checks;
    }

    /** The report the checks compare, for checks of the same data elsewhere. */
    public MetricsReport report() {
        return report;
    }

    void availabilityWithin48Hours() {
        var judgeableBefore = LocalDateTime.ofInstant(now.minus(Duration.ofHours(48)), ZoneOffset.UTC);
        var row = jdbc.queryForMap("""
                SELECT COUNT(*) AS requests,
                       SUM(first_matched_at IS NOT NULL AND first_matched_at <= created_at + INTERVAL 48 HOUR) AS matched
                FROM reference_request WHERE created_at >= ? AND created_at < LEAST(?, ?)""",
                fromUtc, toUtc, judgeableBefore);
        var expected = new Ratio(number(row.get("matched")).longValue(), number(row.get("requests")).longValue());
        var availability = report.availability();
        assertThat(availability.windowHours()).isEqualTo(48);
        assertThat(availability.overall()).isEqualTo(expected);
        assertThat(availability.overall().fraction().getAsDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(availability.overall().whole()).isGreaterThan(100);

        var monthly = new TreeMap<YearMonth, Ratio>();
        jdbc.query("""
                SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COUNT(*) AS requests,
                       SUM(first_matched_at IS NOT NULL AND first_matched_at <= created_at + INTERVAL 48 HOUR) AS matched
                FROM reference_request WHERE created_at >= ? AND created_at < LEAST(?, ?)
                GROUP BY DATE_FORMAT(created_at, '%Y-%m')""", rs -> {
            monthly.put(YearMonth.parse(rs.getString("month")), new Ratio(rs.getLong("matched"), rs.getLong("requests")));
        }, fromUtc, toUtc, judgeableBefore);
        for (var month : availability.months()) {
            assertThat(month.ratio()).as("%s", month.month())
                    .isEqualTo(monthly.getOrDefault(month.month(), new Ratio(0, 0)));
        }
    }

    private void timeToMatch() {
        var row = jdbc.queryForMap("""
                SELECT COUNT(*) AS matched, AVG(TIMESTAMPDIFF(SECOND, created_at, first_matched_at)) / 3600 AS average,
                       (SELECT DISTINCT MEDIAN(TIMESTAMPDIFF(SECOND, m.created_at, m.first_matched_at)) OVER () / 3600
                        FROM reference_request m
                        WHERE m.first_matched_at IS NOT NULL AND m.created_at >= ? AND m.created_at < ?) AS median
                FROM reference_request
                WHERE first_matched_at IS NOT NULL AND created_at >= ? AND created_at < ?""",
                fromUtc, toUtc, fromUtc, toUtc);
        var timeToMatch = report.timeToMatch();
        assertThat(timeToMatch.matchedRequests()).isEqualTo(number(row.get("matched")).longValue()).isPositive();
        assertThat(timeToMatch.averageHours().getAsDouble())
                .isCloseTo(number(row.get("average")).doubleValue(), within(0.01)).isPositive();
        assertThat(timeToMatch.medianHours().getAsDouble())
                .isCloseTo(number(row.get("median")).doubleValue(), within(0.01)).isPositive();
        assertThat(timeToMatch.buckets().stream().mapToLong(MetricsReport.HoursBucket::requests).sum())
                .isEqualTo(timeToMatch.matchedRequests());
    }

    private void callToCloseWithAndWithoutACompletedReference() {
        var with = dealGroup("EXISTS");
        var without = dealGroup("NOT EXISTS");
        var callToClose = report.callToClose();
        assertThat(callToClose.withReference().winRate()).isEqualTo(with.winRate());
        assertThat(callToClose.withoutReference().winRate()).isEqualTo(without.winRate());
        assertThat(callToClose.withReference().averageCycleDays().getAsDouble())
                .isCloseTo(with.averageCycleDays, within(0.001));
        assertThat(callToClose.withoutReference().averageCycleDays().getAsDouble())
                .isCloseTo(without.averageCycleDays, within(0.001));
        for (var group : List.of(callToClose.withReference(), callToClose.withoutReference())) {
            assertThat(group.winRate().fraction().getAsDouble()).isStrictlyBetween(0.0, 1.0);
            assertThat(group.averageCycleDays().getAsDouble()).isPositive();
        }
    }

    private void referenceNpsAgainstOverallNps() {
        var reference = jdbc.queryForMap("""
                SELECT SUM(prospect_score >= 9) AS promoters, SUM(prospect_score IN (7, 8)) AS passives,
                       SUM(prospect_score <= 6) AS detractors
                FROM ask WHERE status = 'COMPLETED' AND prospect_score IS NOT NULL AND asked_at >= ? AND asked_at < ?""",
                fromUtc, toUtc);
        var overall = jdbc.queryForMap("SELECT AVG(nps_score) AS nps, COUNT(nps_score) AS accounts FROM customer_account");
        var nps = report.nps();
        assertThat(nps.reference().promoters()).isEqualTo(number(reference.get("promoters")).longValue()).isPositive();
        assertThat(nps.reference().passives()).isEqualTo(number(reference.get("passives")).longValue()).isPositive();
        assertThat(nps.reference().detractors()).isEqualTo(number(reference.get("detractors")).longValue()).isPositive();
        assertThat(nps.reference().score().getAsDouble()).isNotZero();
        assertThat(nps.overallNps().getAsDouble()).isCloseTo(number(overall.get("nps")).doubleValue(), within(0.001))
                .isNotZero();
        assertThat(nps.accountsScored()).isEqualTo(number(overall.get("accounts")).longValue()).isPositive();
    }

    private void influencedRevenuePerMonth() {
        var byMonth = new HashMap<YearMonth, BigDecimal>();
        jdbc.query("""
                SELECT DATE_FORMAT(d.close_date, '%Y-%m') AS month, SUM(d.amount) AS amount FROM deal_outcome d
                WHERE d.result = 'WON' AND d.close_date BETWEEN ? AND ?
                  AND EXISTS (SELECT 1 FROM deal_outcome_ask l JOIN ask k ON k.id = l.ask_id
                              WHERE l.deal_outcome_id = d.id AND k.status = 'COMPLETED')
                GROUP BY DATE_FORMAT(d.close_date, '%Y-%m')""",
                rs -> { byMonth.put(YearMonth.parse(rs.getString("month")), rs.getBigDecimal("amount")); }, from, to);
        var revenue = report.revenue();
        for (var month : revenue.months()) {
            assertThat(month.amount()).as("%s", month.month())
                    .isEqualByComparingTo(byMonth.getOrDefault(month.month(), BigDecimal.ZERO));
        }
        assertThat(revenue.total()).isPositive();
        assertThat(revenue.months().stream().filter(month -> month.amount().signum() > 0).count())
                .as("months with influenced revenue").isGreaterThan(6);
    }

    private void usageDistributionOverTheActiveAdvocates() {
        List<Long> asksPerAdvocate = jdbc.queryForList("""
                SELECT (SELECT COUNT(*) FROM ask k WHERE k.advocate_id = v.id AND k.status <> 'WITHDRAWN'
                          AND k.asked_at >= ? AND k.asked_at < ?)
                FROM advocate v WHERE v.status = 'ACTIVE'""", Long.class, fromUtc, toUtc);
        var median = jdbc.queryForObject("""
                SELECT DISTINCT MEDIAN(c) OVER () FROM (
                  SELECT (SELECT COUNT(*) FROM ask k WHERE k.advocate_id = v.id AND k.status <> 'WITHDRAWN'
                            AND k.asked_at >= ? AND k.asked_at < ?) AS c
                  FROM advocate v WHERE v.status = 'ACTIVE') counts""", Double.class, fromUtc, toUtc);
        var usage = report.usage();
        assertThat(usage.advocates()).isEqualTo(asksPerAdvocate.size()).isGreaterThan(100);
        assertThat(usage.asks()).isEqualTo(asksPerAdvocate.stream().mapToLong(Long::longValue).sum());
        assertThat(usage.maxAsks()).isEqualTo(asksPerAdvocate.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(usage.medianAsks().getAsDouble()).isEqualTo(median);
        for (var bucket : usage.histogram()) {
            assertThat(bucket.advocates()).as("advocates with %d asks", bucket.asks())
                    .isEqualTo(asksPerAdvocate.stream().filter(asks -> asks == bucket.asks()).count());
        }
        // Gini as the mean absolute difference over all pairs, divided by twice the mean.
        double n = asksPerAdvocate.size();
        double mean = usage.asks() / n;
        double differences = 0;
        for (long a : asksPerAdvocate) {
            for (long b : asksPerAdvocate) {
                differences += Math.abs(a - b);
            }
        }
        assertThat(usage.gini().getAsDouble()).isCloseTo(differences / (n * n) / (2 * mean), within(1e-9))
                .isStrictlyBetween(0.0, 1.0);
    }

    private void burnoutListMatchesTheAsksOfEachActiveAdvocate() {
        var zones = new HashMap<Long, ZoneId>();
        jdbc.query("SELECT id, time_zone FROM advocate WHERE status = 'ACTIVE'",
                rs -> { zones.put(rs.getLong("id"), ZoneId.of(rs.getString("time_zone"))); });
        var asks = new HashMap<Long, List<Object[]>>();
        jdbc.query("SELECT advocate_id, asked_at, status FROM ask ORDER BY asked_at DESC, id DESC", rs -> {
            asks.computeIfAbsent(rs.getLong("advocate_id"), id -> new ArrayList<>())
                    .add(new Object[] {rs.getObject("asked_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString("status")});
        });
        Map<Long, ExpectedBurnout> expected = new HashMap<>();
        zones.forEach((id, zone) -> {
            var today = LocalDate.ofInstant(now, zone);
            var windowStart = today.minusMonths(3).plusDays(1);
            int inWindow = 0;
            int streak = 0;
            boolean streakOver = false;
            for (var ask : asks.getOrDefault(id, List.of())) {
                var day = LocalDate.ofInstant((Instant) ask[0], zone);
                var status = (String) ask[1];
                if (!day.isBefore(windowStart) && !day.isAfter(today) && !status.equals("WITHDRAWN")) {
                    inWindow++;
                }
                if (!streakOver && status.equals("DECLINED")) {
                    streak++;
                } else if (status.equals("ACCEPTED") || status.equals("COMPLETED")) {
                    streakOver = true;
                }
            }
            var triggers = EnumSet.noneOf(BurnoutTrigger.class);
            if (inWindow > 4) {
                triggers.add(BurnoutTrigger.TOO_MANY_ASKS);
            }
            if (streak >= 3) {
                triggers.add(BurnoutTrigger.DECLINE_STREAK);
            }
            if (!triggers.isEmpty()) {
                expected.put(id, new ExpectedBurnout(inWindow, streak, triggers));
            }
        });
        assertThat(report.burnout()).isNotEmpty();
        assertThat(report.burnout()).extracting(BurnoutRow::advocateId)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var row : report.burnout()) {
            var want = expected.get(row.advocateId());
            assertThat(row.asksInRollingQuarter()).as(row.name()).isEqualTo(want.asksInRollingQuarter());
            assertThat(row.declineStreak()).as(row.name()).isEqualTo(want.declineStreak());
            assertThat(row.triggers()).as(row.name()).isEqualTo(want.triggers());
        }
    }

    private void staleProfiles() {
        // Rule 9 counted by hand: due on the day the review period after the last review is reached.
        var reviewDays = jdbc.queryForList("SELECT last_profile_review_on FROM advocate WHERE status = 'ACTIVE'",
                LocalDate.class);
        var today = metrics.today();
        var stale = reviewDays.stream().filter(reviewed -> reviewed == null
                || !today.isBefore(reviewed.plusMonths(PROFILE_REVIEW_MONTHS))).count();
        assertThat(report.staleProfiles().count()).isEqualTo(stale).isPositive();
        assertThat(report.staleProfiles().oldest()).hasSize((int) Math.min(stale, 100));
    }

    private void requestsByDealStage() {
        var counts = new HashMap<String, Long>();
        jdbc.query("""
                SELECT deal_stage, COUNT(*) AS requests FROM reference_request
                WHERE created_at >= ? AND created_at < ? GROUP BY deal_stage""",
                rs -> { counts.put(rs.getString("deal_stage"), rs.getLong("requests")); }, fromUtc, toUtc);
        for (var stage : report.stages()) {
            assertThat(stage.requests()).as("%s", stage.stage())
                    .isEqualTo(counts.getOrDefault(stage.stage().name(), 0L)).isPositive();
        }
    }

    private record ExpectedBurnout(int asksInRollingQuarter, int declineStreak, Set<BurnoutTrigger> triggers) {
    }

    private record ExpectedDeals(long won, long lost, double averageCycleDays) {
        Ratio winRate() {
            return new Ratio(won, won + lost);
        }
    }

    private ExpectedDeals dealGroup(String existence) {
        var row = jdbc.queryForMap("""
                SELECT SUM(d.result = 'WON') AS won, SUM(d.result = 'LOST') AS lost, AVG(d.days_in_cycle) AS cycle
                FROM deal_outcome d
                WHERE d.result IN ('WON', 'LOST') AND d.close_date BETWEEN ? AND ?
                  AND %s (SELECT 1 FROM deal_outcome_ask l JOIN ask k ON k.id = l.ask_id
                          WHERE l.deal_outcome_id = d.id AND k.status = 'COMPLETED')""".formatted(existence), from, to);
        return new ExpectedDeals(number(row.get("won")).longValue(), number(row.get("lost")).longValue(),
                number(row.get("cycle")).doubleValue());
    }

    private static Number number(Object value) {
        return (Number) value;
    }
}
