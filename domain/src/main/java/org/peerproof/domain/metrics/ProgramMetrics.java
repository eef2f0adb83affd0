package org.peerproof.domain.metrics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.DirectoryOptions;
import org.peerproof.domain.advocate.ProfileRules;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.matching.AskHistories;
import org.peerproof.domain.matching.AskHistory;
import org.peerproof.domain.matching.BurnoutPolicy;
import org.peerproof.domain.matching.PastAsk;
import org.peerproof.domain.metrics.MetricsReport.Availability;
import org.peerproof.domain.metrics.MetricsReport.BurnoutRow;
import org.peerproof.domain.metrics.MetricsReport.CallToClose;
import org.peerproof.domain.metrics.MetricsReport.DealGroup;
import org.peerproof.domain.metrics.MetricsReport.HoursBucket;
import org.peerproof.domain.metrics.MetricsReport.InfluencedRevenue;
import org.peerproof.domain.metrics.MetricsReport.MonthlyAmount;
import org.peerproof.domain.metrics.MetricsReport.MonthlyRatio;
import org.peerproof.domain.metrics.MetricsReport.NpsComparison;
import org.peerproof.domain.metrics.MetricsReport.StageCount;
import org.peerproof.domain.metrics.MetricsReport.StaleProfile;
import org.peerproof.domain.metrics.MetricsReport.StaleProfiles;
import org.peerproof.domain.metrics.MetricsReport.TimeToMatch;
import org.peerproof.domain.metrics.MetricsReport.UsageBucket;
import org.peerproof.domain.metrics.MetricsReport.UsageDistribution;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StopWatch;
import org.springframework.validation.annotation.Validated;

/**
 * The program metrics dashboard's figures (rules 2, 8 and 9) for program managers and admins. Counts, sums and
 * averages come from grouped queries; only per-request match times (for the median) and per-advocate ask counts
 * (for the Gini coefficient) are read as lists of numbers. Period boundaries are the program clock's days;
 * months in the monthly series are calendar months of the stored UTC timestamps.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProgramMetrics {

    /** Time-to-match bands in hours: the first day, the availability window and beyond. */
    static final List<Integer> HOUR_BANDS = List.of(0, 4, 12, 24, 48, 96);
    private static final Logger LOG = LoggerFactory.getLogger(ProgramMetrics.class);

    private final EntityManager entityManager;
    private final ProgramSettingsRepository settings;
    private final Clock clock;

    public ProgramMetrics(EntityManager entityManager, ProgramSettingsRepository settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every figure for the filter; the time each figure's queries took is logged at debug level. */
    public MetricsReport report(SignedInUser user, @NotNull @Valid MetricsFilter filter) {
        checkAccess(user);
        var program = settings.current();
        var rules = program.toRules();
        var scope = new Scope(filter, clock);
        var timer = new StopWatch("metrics " + filter.from() + ".." + filter.to());
        var availability = timed(timer, "availability", () -> availability(scope, rules));
        var timeToMatch = timed(timer, "timeToMatch", () -> timeToMatch(scope));
        var callToClose = timed(timer, "callToClose", () -> callToClose(scope));
        var nps = timed(timer, "nps", () -> nps(scope));
        var revenue = timed(timer, "influencedRevenue", () -> influencedRevenue(scope, program.getCurrency()));
        var usage = timed(timer, "usage", () -> usage(scope));
        var burnout = timed(timer, "burnout", () -> burnout(scope, rules));
        var stale = timed(timer, "staleProfiles", () -> staleProfiles(scope, rules));
        var stages = timed(timer, "stages", () -> stages(scope));
        if (LOG.isDebugEnabled()) {
            LOG.debug(timer.prettyPrint(TimeUnit.MILLISECONDS));
        }
        return new MetricsReport(filter, availability, timeToMatch, callToClose, nps, revenue, usage, burnout, stale,
                stages);
    }

    private static <T> T timed(StopWatch timer, String figure, Supplier<T> query) {
        timer.start(figure);
        try {
            return query.get();
        } finally {
            timer.stop();
        }
    }

    /** The products the product filter offers, by name. */
    public List<DirectoryOptions.Option> productOptions(SignedInUser user) {
        checkAccess(user);
        return entityManager.createQuery("""
                select new org.peerproof.domain.advocate.DirectoryOptions$Option(p.id, p.name)
                from Product p order by p.name""", DirectoryOptions.Option.class).getResultList();
    }

    /** The program's today, the day period presets end on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkAccess(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins see the program metrics");
        }
    }

    /** The filter as query conditions and parameters; every value is bound, never concatenated. */
    private static final class Scope {
        final MetricsFilter filter;
        final Instant from;
        final Instant to;
        final Instant now;
        final LocalDate today;

        Scope(MetricsFilter filter, Clock clock) {
            this.filter = filter;
            this.from = filter.from().atStartOfDay(clock.getZone()).toInstant();
            this.to = filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            this.now = clock.instant();
            this.today = LocalDate.now(clock);
        }

        /** Region and product of requests aliased {@code r}. */
        String requestConditions() {
            return (filter.region() == null ? "" : " and r.region = :region")
                    + (filter.productId() == null ? "" : " and r.id in (select rp.id from ReferenceRequest rp"
                    + " join rp.products p where p.id = :productId)");
        }

        /** Region and product of deals aliased {@code d}, through the requests filed for the same opportunity. */
        String dealConditions() {
            if (filter.region() == null && filter.productId() == null) {
                return "";
            }
            return " and d.opportunityId in (select r.opportunityId from ReferenceRequest r where 1 = 1"
                    + requestConditions() + ")";
        }

        /** Region and product of advocates aliased {@code v}: their account's region, the products they use. */
        String advocateConditions() {
            return (filter.region() == null ? "" : " and v.account.region = :region")
                    + (filter.productId() == null ? "" : " and v.id in (select vp.id from Advocate vp"
                    + " join vp.productsUsed p where p.id = :productId)");
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (filter.region() != null) {
                query.setParameter("region", filter.region());
            }
            if (filter.productId() != null) {
                query.setParameter("productId", filter.productId());
            }
            return query;
        }
    }

    // ---- rule 8: availability and time to match ----------------------------------------------------

    private Availability availability(Scope scope, ProgramRules rules) {
        var window = Duration.ofHours(rules.matchedWithinHours());
        // Requests filed less than a window ago cannot have missed it yet.
        var judgeableBefore = scope.now.minus(window);
        var to = scope.to.isBefore(judgeableBefore) ? scope.to : judgeableBefore;
        var rows = scope.bind(entityManager.createQuery("""
                        select year(r.createdAt), month(r.createdAt), count(r),
                               sum(case when r.firstMatchedAt is not null
                                         and (r.firstMatchedAt - r.createdAt) by second <= :windowSeconds
                                        then 1 else 0 end)
                        from ReferenceRequest r
                        where r.createdAt >= :from and r.createdAt < :to""" + scope.requestConditions()
                        + " group by year(r.createdAt), month(r.createdAt)", Object[].class))
                .setParameter("windowSeconds", window.toSeconds())
                .setParameter("from", scope.from)
                .setParameter("to", to)
                .getResultList();
        var byMonth = new TreeMap<YearMonth, Ratio>();
        for (var row : rows) {
            byMonth.put(YearMonth.of(number(row[0]).intValue(), number(row[1]).intValue()),
                    new Ratio(number(row[3]).longValue(), number(row[2]).longValue()));
        }
        var months = monthsOf(scope).stream()
                .map(month -> new MonthlyRatio(month, byMonth.getOrDefault(month, new Ratio(0, 0))))
                .toList();
        long matched = byMonth.values().stream().mapToLong(Ratio::part).sum();
        long all = byMonth.values().stream().mapToLong(Ratio::whole).sum();
        return new Availability(rules.matchedWithinHours(), new Ratio(matched, all), months);
    }

    private TimeToMatch timeToMatch(Scope scope) {
        var seconds = scope.bind(entityManager.createQuery("""
                        select (r.firstMatchedAt - r.createdAt) by second from ReferenceRequest r
                        where r.firstMatchedAt is not null and r.createdAt >= :from and r.createdAt < :to"""
                        + scope.requestConditions(), Number.class))
                .setParameter("from", scope.from)
                .setParameter("to", scope.to)
                .getResultList();
        var hours = seconds.stream().map(value -> value.doubleValue() / Duration.ofHours(1).toSeconds()).toList();
        var buckets = new ArrayList<HoursBucket>();
        for (int i = 0; i < HOUR_BANDS.size(); i++) {
            int lower = HOUR_BANDS.get(i);
            Integer upper = i + 1 < HOUR_BANDS.size() ? HOUR_BANDS.get(i + 1) : null;
            buckets.add(new HoursBucket(lower, upper, hours.stream()
                    .filter(h -> h >= lower && (upper == null || h < upper)).count()));
        }
        return new TimeToMatch(hours.size(), Statistics.median(hours), Statistics.mean(hours), buckets);
    }

    // ---- rule 8: call-to-close and influenced revenue ----------------------------------------------

    /** Deals a completed ask influenced. */
    private static final String WITH_REFERENCE = """
            exists (select k.id from DealOutcome dk join dk.influencingAsks k
                    where dk.id = d.id and k.status = :completed)""";

    private CallToClose callToClose(Scope scope) {
        return new CallToClose(dealGroup(scope, WITH_REFERENCE), dealGroup(scope, "not " + WITH_REFERENCE));
    }

    private DealGroup dealGroup(Scope scope, String referenceCondition) {
        var rows = scope.bind(entityManager.createQuery("""
                        select d.result, count(d), sum(d.daysInCycle), count(d.daysInCycle) from DealOutcome d
                        where d.result in :closed and d.closeDate >= :from and d.closeDate <= :to"""
                        + " and " + referenceCondition + scope.dealConditions() + " group by d.result", Object[].class))
                .setParameter("closed", List.of(DealResult.WON, DealResult.LOST))
                .setParameter("completed", AskStatus.COMPLETED)
                .setParameter("from", scope.filter.from())
                .setParameter("to", scope.filter.to())
                .getResultList();
        long won = 0;
        long lost = 0;
        long cycleDays = 0;
        long withCycle = 0;
        for (var row : rows) {
            long deals = number(row[1]).longValue();
            if (row[0] == DealResult.WON) {
                won = deals;
            } else {
                lost = deals;
            }
            cycleDays += row[2] == null ? 0 : number(row[2]).longValue();
            withCycle += number(row[3]).longValue();
        }
        return new DealGroup(won, lost, withCycle == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) cycleDays / withCycle));
    }

    private InfluencedRevenue influencedRevenue(Scope scope, Currency currency) {
        var rows = scope.bind(entityManager.createQuery("""
                        select year(d.closeDate), month(d.closeDate), sum(d.amount), count(d) from DealOutcome d
                        where d.result = :won and d.amount is not null and d.closeDate >= :from and d.closeDate <= :to"""
                        + " and " + WITH_REFERENCE + scope.dealConditions()
                        + " group by year(d.closeDate), month(d.closeDate)", Object[].class))
                .setParameter("won", DealResult.WON)
                .setParameter("completed", AskStatus.COMPLETED)
                .setParameter("from", scope.filter.from())
                .setParameter("to", scope.filter.to())
                .getResultList();
        var byMonth = new HashMap<YearMonth, MonthlyAmount>();
        for (var row : rows) {
            var month = YearMonth.of(number(row[0]).intValue(), number(row[1]).intValue());
            byMonth.put(month, new MonthlyAmount(month, (BigDecimal) row[2], number(row[3]).longValue()));
        }
        return new InfluencedRevenue(currency, monthsOf(scope).stream()
                .map(month -> byMonth.getOrDefault(month, new MonthlyAmount(month, BigDecimal.ZERO, 0)))
                .toList());
    }

    // ---- rule 8: reference NPS against the accounts' NPS -------------------------------------------

    private NpsComparison nps(Scope scope) {
        var tally = scope.bind(entityManager.createQuery("""
                        select sum(case when k.prospectScore >= :promoterMin then 1 else 0 end),
                               sum(case when k.prospectScore > :detractorMax and k.prospectScore < :promoterMin
                                        then 1 else 0 end),
                               sum(case when k.prospectScore <= :detractorMax then 1 else 0 end)
                        from Ask k join k.request r
                        where k.status = :completed and k.prospectScore is not null
                          and k.askedAt >= :from and k.askedAt < :to""" + scope.requestConditions(), Object[].class))
                .setParameter("promoterMin", NpsTally.PROMOTER_MIN)
                .setParameter("detractorMax", NpsTally.DETRACTOR_MAX)
                .setParameter("completed", AskStatus.COMPLETED)
                .setParameter("from", scope.from)
                .setParameter("to", scope.to)
                .getSingleResult();
        var reference = new NpsTally(count(tally[0]), count(tally[1]), count(tally[2]));
        var accountConditions = (scope.filter.region() == null ? "" : " and c.region = :region")
                + (scope.filter.productId() == null ? "" : " and c.id in (select cp.id from CustomerAccount cp"
                + " join cp.productsOwned p where p.id = :productId)");
        var overall = scope.bind(entityManager.createQuery("""
                        select avg(c.npsScore), count(c.npsScore) from CustomerAccount c
                        where c.npsScore is not null""" + accountConditions, Object[].class))
                .getSingleResult();
        return new NpsComparison(reference, overall[0] == null ? OptionalDouble.empty()
                : OptionalDouble.of(number(overall[0]).doubleValue()), count(overall[1]));
    }

    // ---- rule 8: usage distribution; rule 2: burnout; rule 9: stale profiles -----------------------

    private UsageDistribution usage(Scope scope) {
        // One grouped pass over the period's asks rather than a count per advocate; the advocates without one add
        // zeros. The figures below do not depend on the list's order.
        var withAsks = scope.bind(entityManager.createQuery("""
                        select count(k) from Ask k join k.advocate v
                        where v.status = :active and k.status in :counting and k.askedAt >= :from and k.askedAt < :to"""
                        + scope.advocateConditions() + " group by v.id", Long.class))
                .setParameter("counting", AskStatus.countingTowardCap())
                .setParameter("active", AdvocateStatus.ACTIVE)
                .setParameter("from", scope.from)
                .setParameter("to", scope.to)
                .getResultList();
        long advocates = scope.bind(entityManager.createQuery(
                        "select count(v) from Advocate v where v.status = :active" + scope.advocateConditions(),
                        Long.class))
                .setParameter("active", AdvocateStatus.ACTIVE)
                .getSingleResult();
        var perAdvocate = new ArrayList<Long>(Collections.nCopies(Math.toIntExact(advocates - withAsks.size()), 0L));
        perAdvocate.addAll(withAsks);
        long max = perAdvocate.stream().mapToLong(Long::longValue).max().orElse(0);
        var advocatesByAsks = new TreeMap<Long, Long>();
        for (long asks = 0; asks <= max; asks++) {
            advocatesByAsks.put(asks, 0L);
        }
        perAdvocate.forEach(asks -> advocatesByAsks.merge(asks, 1L, Long::sum));
        var histogram = advocatesByAsks.entrySet().stream()
                .map(entry -> new UsageBucket(entry.getKey(), entry.getValue())).toList();
        return new UsageDistribution(perAdvocate.size(), perAdvocate.stream().mapToLong(Long::longValue).sum(),
                histogram, Statistics.gini(perAdvocate), max, Statistics.median(perAdvocate),
                Statistics.maxToMedian(perAdvocate));
    }

    /**
     * Active advocates rule 2 flags on their own today. Two grouped reads of the ask indexes narrow the field to those
     * who could be flagged (enough asks since a day before the rolling quarter, or enough declines ever); one read of
     * their asks as plain columns (no entities) gives {@link BurnoutPolicy} their full ask history, with days in the
     * advocate's own time zone as in {@link AskHistories}.
     */
    private List<BurnoutRow> burnout(Scope scope, ProgramRules rules) {
        var windowStart = BurnoutPolicy.rollingQuarterEndingOn(scope.today).start().minusDays(1)
                .atStartOfDay(clock.getZone()).toInstant();
        var candidateIds = new HashSet<>(entityManager.createQuery("""
                        select k.advocate.id from Ask k where k.status = :declined
                        group by k.advocate.id having count(k) >= :declineStreak""", Long.class)
                .setParameter("declined", AskStatus.DECLINED)
                .setParameter("declineStreak", (long) rules.burnoutDeclineStreak())
                .getResultList());
        candidateIds.addAll(entityManager.createQuery("""
                        select k.advocate.id from Ask k where k.askedAt >= :windowStart and k.status in :counting
                        group by k.advocate.id having count(k) > :askThreshold""", Long.class)
                .setParameter("windowStart", windowStart)
                .setParameter("counting", AskStatus.countingTowardCap())
                .setParameter("askThreshold", (long) rules.burnoutAskThreshold())
                .getResultList());
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        // Every candidate has an ask, so joining from the asks loses none. Ordered as AskHistories reads them.
        var asks = scope.bind(entityManager.createQuery("""
                        select v.id, v.name, coalesce(c.companyName, ''), v.timeZone, k.askedAt, k.status
                        from Ask k join k.advocate v left join v.account c
                        where v.status = :active and v.id in :candidates""" + scope.advocateConditions()
                        + " order by v.id, k.askedAt, k.id", Object[].class))
                .setParameter("active", AdvocateStatus.ACTIVE)
                .setParameter("candidates", candidateIds)
                .getResultList();
        var policy = new BurnoutPolicy(rules);
        var rows = new ArrayList<BurnoutRow>();
        int first = 0;
        while (first < asks.size()) {
            var advocate = asks.get(first);
            var zone = ZoneId.of((String) advocate[3]);
            var pastAsks = new ArrayList<PastAsk>();
            int next = first;
            for (; next < asks.size() && asks.get(next)[0].equals(advocate[0]); next++) {
                var ask = asks.get(next);
                pastAsks.add(new PastAsk(LocalDate.ofInstant((Instant) ask[4], zone), (AskStatus) ask[5]));
            }
            first = next;
            var assessment = policy.assess(new AskHistory(pastAsks), LocalDate.now(clock.withZone(zone)));
            if (assessment.flagged()) {
                rows.add(new BurnoutRow((Long) advocate[0], (String) advocate[1], (String) advocate[2],
                        assessment.asksInRollingQuarter(), assessment.declineStreak(), assessment.triggers()));
            }
        }
        rows.sort(Comparator.comparingInt(BurnoutRow::asksInRollingQuarter).reversed()
                .thenComparing(Comparator.comparingInt(BurnoutRow::declineStreak).reversed())
                .thenComparing(BurnoutRow::name));
        return rows;
    }

    private StaleProfiles staleProfiles(Scope scope, ProgramRules rules) {
        var where = """
                 from Advocate v left join v.account c
                 where v.status = :active and (v.lastProfileReviewOn is null or v.lastProfileReviewOn <= :staleOnOrBefore)"""
                + scope.advocateConditions();
        var staleOnOrBefore = ProfileRules.staleOnOrBefore(scope.today, rules.profileReviewMonths());
        long count = scope.bind(entityManager.createQuery("select count(v)" + where, Long.class))
                .setParameter("active", AdvocateStatus.ACTIVE)
                .setParameter("staleOnOrBefore", staleOnOrBefore)
                .getSingleResult();
        var oldest = scope.bind(entityManager.createQuery("""
                        select new org.peerproof.domain.metrics.MetricsReport$StaleProfile(
                               v.id, v.name, coalesce(c.companyName, ''), v.lastProfileReviewOn)""" + where
                        + " order by v.lastProfileReviewOn asc nulls first, v.name", StaleProfile.class))
                .setParameter("active", AdvocateStatus.ACTIVE)
                .setParameter("staleOnOrBefore", staleOnOrBefore)
                .setMaxResults(StaleProfiles.LIST_LIMIT)
                .getResultList();
        return new StaleProfiles(count, oldest);
    }

    // ---- requests by stage -------------------------------------------------------------------------

    private List<StageCount> stages(Scope scope) {
        var counts = new EnumMap<DealStage, Long>(DealStage.class);
        scope.bind(entityManager.createQuery("""
                        select r.dealStage, count(r) from ReferenceRequest r
                        where r.createdAt >= :from and r.createdAt < :to""" + scope.requestConditions()
                        + " group by r.dealStage", Object[].class))
                .setParameter("from", scope.from)
                .setParameter("to", scope.to)
                .getResultList()
                .forEach(row -> counts.put((DealStage) row[0], number(row[1]).longValue()));
        return Arrays.stream(DealStage.values())
                .map(stage -> new StageCount(stage, counts.getOrDefault(stage, 0L))).toList();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static List<YearMonth> monthsOf(Scope scope) {
        var months = new ArrayList<YearMonth>();
        for (var month = YearMonth.from(scope.filter.from()); !month.isAfter(YearMonth.from(scope.filter.to()));
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
