package org.peerproof.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.DirectoryOptions;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.matching.AskHistories;
import org.peerproof.domain.matching.BurnoutPolicy;
import org.peerproof.domain.matching.BurnoutTrigger;
import org.peerproof.domain.metrics.MetricsReport.BurnoutRow;
import org.peerproof.domain.metrics.MetricsReport.HoursBucket;
import org.peerproof.domain.metrics.MetricsReport.MonthlyAmount;
import org.peerproof.domain.metrics.MetricsReport.MonthlyRatio;
import org.peerproof.domain.metrics.MetricsReport.StageCount;
import org.peerproof.domain.metrics.MetricsReport.StaleProfile;
import org.peerproof.domain.metrics.MetricsReport.UsageBucket;
import org.peerproof.domain.outcome.DealOutcome;
import org.peerproof.domain.outcome.DealOutcomeRepository;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figure on a small hand-built program, the expected numbers worked out by hand below; run on MariaDB and on
 * H2 in MySQL mode, since the metrics use date arithmetic the two databases spell differently.
 *
 * <pre>
 * Period 1 Jan - 12 May 2026, now 12 May 09:00 UTC (requests filed after 10 May 09:00 are too recent to judge).
 * R1 EMEA  P1 EVALUATION  2 Feb  matched after 10 h  Alice completed, score 10  OPP-1 WON 100 000 15 Mar 60 d
 * R2 EMEA  P1 PROPOSAL   10 Feb  matched after 60 h  Ben completed, score 6     OPP-2 LOST          1 Apr 40 d
 * R3 NA    P2 EVALUATION  3 Mar  matched after 47 h  Carla completed, score 9   OPP-3 WON  50 000 20 Apr 30 d
 * R4 APAC  P2 DISCOVERY  20 Mar  never matched       Ben declined               OPP-4 WON  70 000 25 Apr 90 d (no reference)
 * R5 EMEA  -  CLOSING    11 May 20:00, too recent    Dan withdrawn
 * R6 EMEA  -  EVALUATION 20 Dec 2025 (before)        Alice completed, score 7   OPP-6 WON 999 30 Dec 2025
 * OPP-7 LOST 1 Feb 20 d without request or reference; OPP-8 still open.
 * Frank: five expired asks since 20 Feb (rolling quarter from 13 Feb): burnout by count.
 * Gina: declined R1, R2, R3: burnout by streak.
 * </pre>
 */
@Import({ProgramMetrics.class, AskHistories.class, AbstractProgramMetricsTest.FixedClock.class})
@Transactional
abstract class AbstractProgramMetricsTest {

    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final MetricsFilter PERIOD = new MetricsFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12),
            null, null);
    static final SignedInUser PROGRAM_MANAGER = user(Roles.PROGRAM_MANAGER);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired ProgramMetrics metrics;
    @Autowired EntityManager entityManager;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AdvocateRepository advocates;
    @Autowired ProductRepository products;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired DealOutcomeRepository deals;
    @Autowired AskHistories askHistories;
    @Autowired ProgramSettingsRepository settings;
    @Autowired Clock clock;

    Product closeCloud;
    Product spendSuite;

    @BeforeEach
    void smallProgram() {
        closeCloud = products.save(new Product("Close Cloud"));
        spendSuite = products.save(new Product("Spend Suite"));
        var acme = account("Acme Health", Region.EMEA, 50, closeCloud);
        var globex = account("Globex Bank", Region.NORTH_AMERICA, -10, spendSuite);
        var initech = account("Initech Retail", Region.APAC, null, spendSuite);

        var alice = advocate(acme, "Alice", LocalDate.of(2026, 3, 1), closeCloud);
        var ben = advocate(globex, "Ben", LocalDate.of(2025, 11, 12), spendSuite);
        var carla = advocate(initech, "Carla", null, null);
        var dan = advocate(acme, "Dan", LocalDate.of(2025, 11, 13), null);
        var frank = advocate(globex, "Frank", LocalDate.of(2026, 1, 1), spendSuite);
        var gina = advocate(initech, "Gina", LocalDate.of(2025, 6, 1), null);
        var eve = advocate(acme, "Eve", null, closeCloud);
        eve.changeStatus(AdvocateStatus.NOMINATED);

        var r1 = request("OPP-1", Region.EMEA, DealStage.EVALUATION, "2026-02-02T09:00:00Z", closeCloud);
        var r2 = request("OPP-2", Region.EMEA, DealStage.PROPOSAL, "2026-02-10T09:00:00Z", closeCloud);
        var r3 = request("OPP-3", Region.NORTH_AMERICA, DealStage.EVALUATION, "2026-03-03T09:00:00Z", spendSuite);
        var r4 = request("OPP-4", Region.APAC, DealStage.DISCOVERY, "2026-03-20T09:00:00Z", spendSuite);
        var r5 = request("OPP-5", Region.EMEA, DealStage.CLOSING, "2026-05-11T20:00:00Z", null);
        var r6 = request("OPP-6", Region.EMEA, DealStage.EVALUATION, "2025-12-20T09:00:00Z", null);

        var a1 = completed(r1, alice, Duration.ofHours(10), 10);
        var a2 = completed(r2, ben, Duration.ofHours(60), 6);
        var a3 = completed(r3, carla, Duration.ofHours(47), 9);
        var a6 = completed(r6, alice, Duration.ofHours(5), 7);
        var declinedByBen = ask(r4, ben, "2026-03-20T12:00:00Z");
        declinedByBen.decline("busy", Instant.parse("2026-03-20T15:00:00Z"));
        ask(r5, dan, "2026-05-11T21:00:00Z").withdraw();

        for (var expired : List.of(ask(r1, frank, "2026-02-20T10:00:00Z"), ask(r2, frank, "2026-02-21T10:00:00Z"),
                ask(r3, frank, "2026-03-04T10:00:00Z"), ask(r4, frank, "2026-03-21T10:00:00Z"),
                ask(r5, frank, "2026-05-11T21:00:00Z"))) {
            expired.expire();
        }
        ask(r1, gina, "2026-02-03T10:00:00Z").decline("busy", Instant.parse("2026-02-03T12:00:00Z"));
        ask(r2, gina, "2026-02-11T10:00:00Z").decline("busy", Instant.parse("2026-02-11T12:00:00Z"));
        ask(r3, gina, "2026-03-04T11:00:00Z").decline("busy", Instant.parse("2026-03-04T12:00:00Z"));

        deal("OPP-1", DealResult.WON, "100000", "2026-03-15", 60, a1);
        deal("OPP-2", DealResult.LOST, "80000", "2026-04-01", 40, a2);
        deal("OPP-3", DealResult.WON, "50000", "2026-04-20", 30, a3);
        deal("OPP-4", DealResult.WON, "70000", "2026-04-25", 90, declinedByBen);
        deal("OPP-6", DealResult.WON, "999", "2025-12-30", 10, a6);
        deal("OPP-7", DealResult.LOST, "5000", "2026-02-01", 20, null);
        deals.save(new DealOutcome("OPP-8"));
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void availabilityCountsRequestsMatchedWithin48HoursOutOfThoseOldEnoughToJudge() {
        var availability = metrics.report(PROGRAM_MANAGER, PERIOD).availability();
        assertThat(availability.windowHours()).isEqualTo(48);
        assertThat(availability.overall()).as("R1 and R3 of R1-R4").isEqualTo(new Ratio(2, 4));
        assertThat(availability.meetsGoal()).isFalse();
        assertThat(availability.months()).containsExactly(
                new MonthlyRatio(YearMonth.of(2026, 1), new Ratio(0, 0)),
                new MonthlyRatio(YearMonth.of(2026, 2), new Ratio(1, 2)),
                new MonthlyRatio(YearMonth.of(2026, 3), new Ratio(1, 2)),
                new MonthlyRatio(YearMonth.of(2026, 4), new Ratio(0, 0)),
                new MonthlyRatio(YearMonth.of(2026, 5), new Ratio(0, 0)));
    }

    @Test
    void timeToMatchIsMedianAndMeanHoursToTheFirstAcceptedAsk() {
        var timeToMatch = metrics.report(PROGRAM_MANAGER, PERIOD).timeToMatch();
        assertThat(timeToMatch.matchedRequests()).isEqualTo(3);
        assertThat(timeToMatch.medianHours().getAsDouble()).isEqualTo(47.0);
        assertThat(timeToMatch.averageHours().getAsDouble()).isEqualTo(39.0);
        assertThat(timeToMatch.buckets()).containsExactly(new HoursBucket(0, 4, 0), new HoursBucket(4, 12, 1),
                new HoursBucket(12, 24, 0), new HoursBucket(24, 48, 1), new HoursBucket(48, 96, 1),
                new HoursBucket(96, null, 0));
    }

    @Test
    void callToCloseComparesDealsWithAndWithoutACompletedReference() {
        var callToClose = metrics.report(PROGRAM_MANAGER, PERIOD).callToClose();
        assertThat(callToClose.withReference().winRate()).isEqualTo(new Ratio(2, 3));
        assertThat(callToClose.withReference().averageCycleDays().getAsDouble()).isCloseTo(130 / 3.0, within(1e-9));
        assertThat(callToClose.withoutReference().winRate()).as("OPP-4 won, OPP-7 lost").isEqualTo(new Ratio(1, 2));
        assertThat(callToClose.withoutReference().averageCycleDays().getAsDouble()).isEqualTo(55.0);
    }

    @Test
    void referenceNpsFromProspectScoresAgainstTheAccountsMeanNps() {
        var nps = metrics.report(PROGRAM_MANAGER, PERIOD).nps();
        assertThat(nps.reference()).as("10 and 9 promote, 6 detracts; R6's 7 is before the period")
                .isEqualTo(new NpsTally(2, 0, 1));
        assertThat(nps.reference().score().getAsDouble()).isCloseTo(100 / 3.0, within(1e-9));
        assertThat(nps.overallNps().getAsDouble()).as("mean of 50 and -10").isEqualTo(20.0);
        assertThat(nps.accountsScored()).isEqualTo(2);
    }

    @Test
    void influencedRevenueIsWonAmountsWithACompletedReferencePerMonth() {
        var revenue = metrics.report(PROGRAM_MANAGER, PERIOD).revenue();
        assertThat(revenue.months()).extracting(MonthlyAmount::month, month -> month.amount().intValue(),
                MonthlyAmount::deals).containsExactly(
                tuple(YearMonth.of(2026, 1), 0, 0L),
                tuple(YearMonth.of(2026, 2), 0, 0L),
                tuple(YearMonth.of(2026, 3), 100_000, 1L),
                tuple(YearMonth.of(2026, 4), 50_000, 1L),
                tuple(YearMonth.of(2026, 5), 0, 0L));
        assertThat(revenue.total()).isEqualByComparingTo(new BigDecimal("150000"));
        assertThat(revenue.currency()).as("the program currency, EUR unless set").isEqualTo(Currency.getInstance("EUR"));
        assertThat(revenue.quarters()).extracting(quarter -> quarter.amount().intValue())
                .containsExactly(100_000, 50_000);
    }

    @Test
    void usageSpreadsThePeriodsAsksOverTheActiveAdvocates() {
        var usage = metrics.report(PROGRAM_MANAGER, PERIOD).usage();
        // Alice 1, Ben 2, Carla 1, Dan 0 (his ask was withdrawn), Frank 5, Gina 3; Eve is only nominated.
        assertThat(usage.advocates()).isEqualTo(6);
        assertThat(usage.asks()).isEqualTo(12);
        assertThat(usage.histogram()).containsExactly(new UsageBucket(0, 1), new UsageBucket(1, 2),
                new UsageBucket(2, 1), new UsageBucket(3, 1), new UsageBucket(4, 0), new UsageBucket(5, 1));
        assertThat(usage.maxAsks()).isEqualTo(5);
        assertThat(usage.medianAsks().getAsDouble()).isEqualTo(1.5);
        assertThat(usage.maxToMedian().getAsDouble()).isCloseTo(5 / 1.5, within(1e-9));
        // Sorted 0 1 1 2 3 5, weights -5 -3 -1 1 3 5: 32 / (6 * 12).
        assertThat(usage.gini().getAsDouble()).isCloseTo(32 / 72.0, within(1e-9));
    }

    @Test
    void burnoutListsRuleTwoFlagsAndStaleProfilesAreThoseDueForReview() {
        var report = metrics.report(PROGRAM_MANAGER, PERIOD);
        assertThat(report.burnout()).extracting(BurnoutRow::name, BurnoutRow::asksInRollingQuarter,
                BurnoutRow::declineStreak, BurnoutRow::triggers).containsExactly(
                tuple("Frank", 5, 0, Set.of(BurnoutTrigger.TOO_MANY_ASKS)),
                tuple("Gina", 1, 3, Set.of(BurnoutTrigger.DECLINE_STREAK)));
        assertThat(report.burnout().getFirst().company()).isEqualTo("Globex Bank");
        // Reviewed on or before 12 Nov 2025, or never; Eve is only nominated.
        assertThat(report.staleProfiles().count()).isEqualTo(3);
        assertThat(report.staleProfiles().oldest()).extracting(StaleProfile::name, StaleProfile::lastReviewedOn)
                .containsExactly(tuple("Carla", null),
                        tuple("Gina", LocalDate.of(2025, 6, 1)),
                        tuple("Ben", LocalDate.of(2025, 11, 12)));
    }

    /**
     * The dashboard narrows rule 2's field in SQL and reads histories as columns; on a generated program (time zones
     * either side of UTC, asks about the window's first day, every status) it lists exactly whom
     * {@link BurnoutPolicy} flags when every active advocate's full history is assessed through {@link AskHistories}.
     */
    @Test
    void burnoutFlagsExactlyWhomThePolicyFlagsOnEveryActiveAdvocatesFullHistory() {
        var random = new Random(15);
        var account = accounts.findAll().getFirst();
        var zones = List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Los_Angeles"));
        var generatedRequests = new ArrayList<ReferenceRequest>();
        for (int i = 0; i < 12; i++) {
            generatedRequests.add(request("GEN-" + i, Region.EMEA, DealStage.EVALUATION, "2025-09-01T09:00:00Z", null));
        }
        for (int i = 0; i < 60; i++) {
            var advocate = advocate(account, "Generated" + i, null, null);
            advocate.setTimeZone(zones.get(i % zones.size()));
            for (var request : generatedRequests) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                // Within a day either side of the window's start (13 Feb less a day) or anywhere since September.
                var askedAt = random.nextBoolean()
                        ? Instant.parse("2026-02-11T00:00:00Z").plus(Duration.ofHours(random.nextInt(72)))
                        : Instant.parse("2025-09-02T00:00:00Z").plus(Duration.ofHours(random.nextInt(6100)));
                var ask = ask(request, advocate, askedAt.toString());
                switch (random.nextInt(6)) {
                    case 0, 1 -> ask.decline("busy", askedAt.plusSeconds(60));
                    case 2 -> ask.expire();
                    case 3 -> ask.withdraw();
                    case 4 -> ask.accept(askedAt.plusSeconds(60));
                    default -> {
                        // Still pending.
                    }
                }
            }
        }
        entityManager.flush();
        entityManager.clear();

        var active = entityManager.createQuery("select v from Advocate v where v.status = :active", Advocate.class)
                .setParameter("active", AdvocateStatus.ACTIVE)
                .getResultList();
        var histories = askHistories.of(active);
        var policy = new BurnoutPolicy(settings.current().toRules());
        var expected = new ArrayList<BurnoutRow>();
        for (var advocate : active) {
            var assessment = policy.assess(histories.get(advocate.getId()), advocate.today(clock));
            if (assessment.flagged()) {
                expected.add(new BurnoutRow(advocate.getId(), advocate.getName(),
                        advocate.getAccount().getCompanyName(), assessment.asksInRollingQuarter(),
                        assessment.declineStreak(), assessment.triggers()));
            }
        }
        expected.sort(Comparator.comparingInt(BurnoutRow::asksInRollingQuarter).reversed()
                .thenComparing(Comparator.comparingInt(BurnoutRow::declineStreak).reversed())
                .thenComparing(BurnoutRow::name));
        assertThat(expected).hasSizeGreaterThan(10)
                .anyMatch(row -> row.triggers().contains(BurnoutTrigger.TOO_MANY_ASKS))
                .anyMatch(row -> row.triggers().contains(BurnoutTrigger.DECLINE_STREAK));
        assertThat(metrics.report(PROGRAM_MANAGER, PERIOD).burnout()).containsExactlyElementsOf(expected);
    }

    @Test
    void requestsByStageCountEveryStage() {
        assertThat(metrics.report(PROGRAM_MANAGER, PERIOD).stages()).containsExactly(
                new StageCount(DealStage.DISCOVERY, 1), new StageCount(DealStage.EVALUATION, 2),
                new StageCount(DealStage.PROPOSAL, 1), new StageCount(DealStage.NEGOTIATION, 0),
                new StageCount(DealStage.CLOSING, 1));
    }

    @Test
    void regionFilterNarrowsRequestsDealsAccountsAndAdvocates() {
        var emea = metrics.report(PROGRAM_MANAGER, PERIOD.withRegion(Region.EMEA));
        assertThat(emea.availability().overall()).isEqualTo(new Ratio(1, 2));
        assertThat(emea.timeToMatch().matchedRequests()).isEqualTo(2);
        assertThat(emea.callToClose().withReference().winRate()).isEqualTo(new Ratio(1, 2));
        assertThat(emea.callToClose().withoutReference().winRate()).as("OPP-7 has no request")
                .isEqualTo(new Ratio(0, 0));
        assertThat(emea.revenue().total()).isEqualByComparingTo(new BigDecimal("100000"));
        assertThat(emea.nps().reference()).isEqualTo(new NpsTally(1, 0, 1));
        assertThat(emea.nps().overallNps().getAsDouble()).isEqualTo(50.0);
        assertThat(emea.usage().advocates()).as("Alice and Dan").isEqualTo(2);
        assertThat(emea.usage().asks()).isEqualTo(1);
        assertThat(emea.burnout()).isEmpty();
        assertThat(emea.staleProfiles().count()).isZero();
        assertThat(emea.stages()).extracting(StageCount::requests).containsExactly(0L, 1L, 1L, 0L, 1L);
    }

    @Test
    void productFilterNarrowsToRequestsAboutItAndAdvocatesUsingIt() {
        var spend = metrics.report(PROGRAM_MANAGER, PERIOD.withProduct(spendSuite.getId()));
        assertThat(spend.availability().overall()).as("R3 of R3 and R4").isEqualTo(new Ratio(1, 2));
        assertThat(spend.callToClose().withReference().winRate()).isEqualTo(new Ratio(1, 1));
        assertThat(spend.callToClose().withoutReference().winRate()).isEqualTo(new Ratio(1, 1));
        assertThat(spend.nps().overallNps().getAsDouble()).as("Globex; Initech has no NPS").isEqualTo(-10.0);
        assertThat(spend.usage().advocates()).as("Ben and Frank").isEqualTo(2);
        assertThat(spend.burnout()).extracting(BurnoutRow::name).containsExactly("Frank");
        assertThat(spend.staleProfiles().oldest()).extracting(StaleProfile::name).containsExactly("Ben");
    }

    @Test
    void onlyProgramManagersAndAdminsSeeTheMetrics() {
        assertThat(metrics.report(user(Roles.ADMIN), PERIOD).stages()).hasSize(DealStage.values().length);
        assertThat(metrics.productOptions(PROGRAM_MANAGER)).extracting(DirectoryOptions.Option::name)
                .containsExactly("Close Cloud", "Spend Suite");
        for (var role : List.of(Roles.SALES, Roles.CSM, Roles.ADVOCATE)) {
            assertThatThrownBy(() -> metrics.report(user(role), PERIOD)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> metrics.productOptions(user(role))).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static SignedInUser user(String role) {
        return new SignedInUser("id-" + role, role + "@peerproof.test", true, role, null, Set.of(role));
    }

    private CustomerAccount account(String name, Region region, Integer nps, Product owned) {
        var account = new CustomerAccount(name, Industry.HEALTHCARE, SizeBand.LARGE, region);
        account.recordHealth(null, nps);
        account.getProductsOwned().add(owned);
        return accounts.save(account);
    }

    private Advocate advocate(CustomerAccount account, String name, LocalDate reviewedOn, Product used) {
        var advocate = activeAdvocate(account, name.toLowerCase() + "@example.test");
        advocate.setName(name);
        advocate.profileReviewed(reviewedOn);
        if (used != null) {
            advocate.getProductsUsed().add(used);
        }
        return advocates.save(advocate);
    }

    private ReferenceRequest request(String opportunityId, Region region, DealStage stage, String createdAt,
                                     Product product) {
        var request = new ReferenceRequest(opportunityId, "Prospect " + opportunityId, Industry.HEALTHCARE,
                SizeBand.LARGE, region, stage, ActivityTypeCode.REFERENCE_CALL_30, LocalDate.of(2026, 6, 30),
                "sam.sales", Instant.parse(createdAt));
        if (product != null) {
            request.getProducts().add(product);
        }
        return requests.save(request);
    }

    private Ask ask(ReferenceRequest request, Advocate advocate, String askedAt) {
        var at = Instant.parse(askedAt);
        return asks.save(new Ask(request, advocate, at, at.plus(Duration.ofDays(3))));
    }

    /** Asked an hour after filing, accepted {@code matchedAfter} the filing, call held and scored. */
    private Ask completed(ReferenceRequest request, Advocate advocate, Duration matchedAfter, int score) {
        var filed = request.getCreatedAt();
        var ask = asks.save(new Ask(request, advocate, filed.plus(Duration.ofHours(1)), filed.plus(Duration.ofDays(5))));
        ask.accept(filed.plus(matchedAfter));
        request.matched(filed.plus(matchedAfter));
        ask.complete();
        ask.recordFeedback(true, "Helpful", score);
        return ask;
    }

    private void deal(String opportunityId, DealResult result, String amount, String closeDate, int cycleDays,
                      Ask influencedBy) {
        var deal = new DealOutcome(opportunityId);
        deal.close(result, new BigDecimal(amount), LocalDate.parse(closeDate), cycleDays);
        if (influencedBy != null) {
            deal.influencedBy(influencedBy);
        }
        deals.save(deal);
    }
}
