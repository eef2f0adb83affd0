package org.peerproof.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerproof.app.metrics.ProgramMetricsAcceptance;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.DirectoryFilter;
import org.peerproof.domain.advocate.DirectoryRow;
import org.peerproof.domain.advocate.DirectorySort;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.checkin.CheckInDue;
import org.peerproof.domain.checkin.CheckInStatus;
import org.peerproof.domain.checkin.CheckIns;
import org.peerproof.domain.matching.BurnoutPolicy;
import org.peerproof.domain.matching.BurnoutTrigger;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.matching.EntityRanking;
import org.peerproof.domain.matching.IneligibilityReason;
import org.peerproof.domain.matching.IneligibilityReason.InBlackout;
import org.peerproof.domain.matching.IneligibilityReason.Paused;
import org.peerproof.domain.matching.IneligibilityReason.QuarterlyCapReached;
import org.peerproof.domain.matching.IneligibilityReason.Resting;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.metrics.MetricsReport.BurnoutRow;
import org.peerproof.domain.metrics.ProgramMetrics;
import org.peerproof.domain.notification.NotificationJobs;
import org.peerproof.domain.recommitment.RecommitmentCampaigns;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.peerproof.domain.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The date sweep over the demo program: at each instant of {@link org.peerproof.domain.testsupport.SweepInstants},
 * the demo data is generated for that "now" (in a transaction rolled back afterwards) and checked: every staged
 * {@link DemoCase} is there as the product's own services see it, every metric equals an independent SQL query,
 * ranking agrees with the check an ask runs, the directory agrees with the metrics, and rule 1's cap holds.
 */
@SpringBootTest(properties = {"peerproof.demo-data.enabled=false", "peerproof.jobs.enabled=false"})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@Import(EntityRanking.class)
class DemoProgramOnEveryDayTest {

    static final MutableClock CLOCK = new MutableClock(Instant.EPOCH);
    static final ZoneId SALES_ZONE = ZoneOffset.UTC;

    @TestConfiguration
    static class SweepClock {
        @Bean
        @Primary
        Clock sweepClock() {
            return CLOCK;
        }
    }

    @Autowired DemoDataGenerator generator;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProgramMetrics metrics;
    @Autowired MatchingService matching;
    @Autowired EligibilityNow eligibilityNow;
    @Autowired EntityRanking entityRanking;
    @Autowired AdvocateRepository advocates;
    @Autowired AdvocateDirectory directory;
    @Autowired AskRepository asks;
    @Autowired ReferenceRequestRepository requests;
    @Autowired CheckIns checkIns;
    @Autowired RecommitmentCampaigns recommitmentCampaigns;
    @Autowired RecommitmentRepository recommitments;
    @Autowired NotificationJobs notificationJobs;
    @Autowired ProgramSettingsRepository settings;

    private Instant now;
    private ProgramRules rules;
    private Map<DemoCase, List<Long>> staged;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.peerproof.domain.testsupport.SweepInstants#all")
    void theDemoProgramShowsEveryCaseAndEveryFigureHolds(String name, Instant instant) {
        CLOCK.set(instant);
        now = instant;
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            staged = generator.generate();
            // The checks read with plain SQL too, which does not trigger Hibernate's automatic flush.
            entityManager.flush();
            // Checks load what they read; an empty persistence context keeps Hibernate's flush checks cheap.
            entityManager.clear();
            rules = settings.current().toRules();
            var metricsAcceptance = new ProgramMetricsAcceptance(metrics, jdbc, CLOCK);
            var checks = new LinkedHashMap<String, Executable>();
            checks.putAll(stagedCases(metricsAcceptance));
            checks.putAll(metricsAcceptance.checks());
            checks.put("matching: ranking judges rule 1 as the ask does", this::rankingAgreesWithTheAsk);
            checks.put("matching: the index ranks as the entities did (ADR 0004)", this::indexRanksAsTheEntitiesDid);
            checks.put("directory: burnout flags agree with the metrics",
                    () -> directoryAgreesWithTheMetrics(metricsAcceptance));
            checks.put("rule 1: nobody is asked beyond the cap", this::nobodyIsAskedBeyondTheCap);
            // Jobs last: they change what they act on.
            checks.put("jobs: recommitment reminders and the expiring ask's reminder are due",
                    this::theJobsFindTheirWork);
            assertAll(name, checks.entrySet().stream().map(check -> () -> {
                try {
                    check.getValue().execute();
                } catch (AssertionError e) {
                    throw new AssertionError(check.getKey() + ": " + e.getMessage(), e);
                }
            }));
        });
    }

    // ---- the staged cases, through the services that show them -----------------------------------

    private Map<String, Executable> stagedCases(ProgramMetricsAcceptance metricsAcceptance) {
        var burnout = metricsAcceptance.report().burnout().stream()
                .collect(Collectors.toMap(BurnoutRow::advocateId, BurnoutRow::triggers));
        var checks = new LinkedHashMap<String, Executable>();
        checks.put("case: every case is staged", () -> assertThat(staged).containsOnlyKeys(DemoCase.values()));
        checks.put("case: burnout, too many asks", () -> assertThat(burnout.get(only(DemoCase.BURNOUT_TOO_MANY_ASKS)))
                .containsExactly(BurnoutTrigger.TOO_MANY_ASKS));
        checks.put("case: burnout, declines in a row", () -> assertThat(burnout.get(only(DemoCase.BURNOUT_DECLINE_STREAK)))
                .containsExactly(BurnoutTrigger.DECLINE_STREAK));
        checks.put("case: at the quarterly cap", () -> {
            assertThat(staged.get(DemoCase.AT_QUARTERLY_CAP)).hasSize(2).allSatisfy(id ->
                    assertThat(reasonsNow(id)).singleElement().isInstanceOf(QuarterlyCapReached.class));
            assertThat(directoryRows(staged.get(DemoCase.AT_QUARTERLY_CAP))).allSatisfy(row -> {
                assertThat(row.asksThisQuarter()).isEqualTo(rules.quarterlyAskCap());
                assertThat(row.utilizationPercent()).isEqualTo(100);
            });
        });
        checks.put("case: resting after a heavy activity", () -> assertThat(reasonsNow(only(DemoCase.RESTING_AFTER_HEAVY_ACTIVITY)))
                .singleElement().isInstanceOfSatisfying(Resting.class, resting ->
                        assertThat(resting.restDays()).isEqualTo(rules.heavyRestDays())));
        checks.put("case: in a blackout today", () -> assertThat(reasonsNow(only(DemoCase.IN_BLACKOUT_TODAY)))
                .singleElement().isInstanceOf(InBlackout.class));
        checks.put("case: paused", () -> assertThat(reasonsNow(only(DemoCase.PAUSED)))
                .singleElement().isInstanceOf(Paused.class));
        checks.put("case: stale profile", () -> assertThat(directoryRows(staged.get(DemoCase.STALE_PROFILE)))
                .singleElement().satisfies(row -> assertThat(row.profileStale()).isTrue()));
        checks.put("case: overdue Tier 1 check-in", () -> assertThat(checkIns.dueList(ProgramMetricsAcceptance.PROGRAM_MANAGER))
                .filteredOn(due -> due.advocateId().equals(only(DemoCase.CHECK_IN_OVERDUE)))
                .extracting(CheckInDue::status).containsExactly(CheckInStatus.OVERDUE));
        checks.put("case: a pending ask about to expire", this::anAskIsAboutToExpire);
        checks.put("case: unfulfilled requests", () -> assertThat(requests.findAll())
                .anyMatch(request -> request.getStatus() == RequestStatus.UNFULFILLED));
        checks.put("case: won and lost deals with and without a completed reference", () -> {
            var callToClose = metricsAcceptance.report().callToClose();
            for (var group : List.of(callToClose.withReference(), callToClose.withoutReference())) {
                assertThat(group.won()).isPositive();
                assertThat(group.lost()).isPositive();
            }
        });
        return checks;
    }

    /** Within its last day on business days; on a Saturday no ask can be (expiry counts business days): Monday. */
    private void anAskIsAboutToExpire() {
        var pending = asks.findByAdvocateIdAndStatus(only(DemoCase.ASK_ABOUT_TO_EXPIRE), AskStatus.PENDING);
        assertThat(pending).singleElement().satisfies(ask -> {
            assertThat(ask.getExpiresAt()).isAfter(now);
            var today = LocalDate.ofInstant(now, SALES_ZONE);
            var latest = today.getDayOfWeek() == DayOfWeek.SATURDAY
                    ? today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atStartOfDay(SALES_ZONE).toInstant()
                    : now.plus(Duration.ofDays(1));
            assertThat(ask.getExpiresAt()).isBefore(latest);
        });
    }

    private List<IneligibilityReason> reasonsNow(Long advocateId) {
        var advocate = advocates.findById(advocateId).orElseThrow();
        return eligibilityNow.forNewAsk(advocate, ActivityTypeCode.REFERENCE_CALL_30).reasons();
    }

    private Long only(DemoCase demoCase) {
        assertThat(staged.get(demoCase)).as("%s is staged", demoCase).hasSize(1);
        return staged.get(demoCase).getFirst();
    }

    // ---- consistency across the services ---------------------------------------------------------

    /** For an open request of each activity type asked for, every advocate ranked as rule 1 would judge the ask. */
    private void rankingAgreesWithTheAsk() {
        var checked = new ArrayList<ActivityTypeCode>();
        var typesToCheck = List.of(ActivityTypeCode.REFERENCE_CALL_30, ActivityTypeCode.CASE_STUDY);
        for (var request : requests.findAll()) {
            if (checked.contains(request.getActivityType()) || !typesToCheck.contains(request.getActivityType())) {
                continue;
            }
            checked.add(request.getActivityType());
            var ranked = matching.rank(request.getId(), now, true);
            assertThat(ranked).as("ranked for %s", request.getActivityType()).isNotEmpty();
            for (MatchCandidate candidate : ranked) {
                var advocate = advocates.findById(candidate.advocateId()).orElseThrow();
                var result = eligibilityNow.forNewAsk(advocate, request.getActivityType());
                assertThat(candidate.reasons()).as("%s (%s) for %s", candidate.name(), advocate.getTimeZone(),
                        request.getActivityType()).isEqualTo(result.reasons());
            }
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(typesToCheck);
    }

    private void indexRanksAsTheEntitiesDid() {
        var byType = requests.findAll().stream().collect(Collectors.toMap(ReferenceRequest::getActivityType,
                ReferenceRequest::getId, (first, second) -> first));
        assertThat(byType).hasSizeGreaterThan(2);
        byType.forEach((type, requestId) -> assertThat(matching.rank(requestId, now, true)).as("ranked for %s", type)
                .isEqualTo(entityRanking.rank(requestId, now, true)));
    }

    private void directoryAgreesWithTheMetrics(ProgramMetricsAcceptance metricsAcceptance) {
        var flagged = metricsAcceptance.report().burnout().stream().map(BurnoutRow::advocateId)
                .collect(Collectors.toSet());
        var active = DirectoryFilter.NONE.withStatus(org.peerproof.domain.advocate.AdvocateStatus.ACTIVE);
        var rows = directoryPage(active);
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows.stream().filter(DirectoryRow::burnoutFlagged).map(DirectoryRow::id)
                .collect(Collectors.toSet())).isEqualTo(flagged);
        // Stale counts are not compared: rows judge rule 9 on the advocate's own day, the metrics on the program's.
    }

    /** Rule 1 counted in each advocate's own quarters; only the over-asked case may exceed it, and only when forced. */
    private void nobodyIsAskedBeyondTheCap() {
        var zones = new HashMap<Long, ZoneId>();
        jdbc.query("SELECT id, time_zone FROM advocate",
                rs -> { zones.put(rs.getLong("id"), ZoneId.of(rs.getString("time_zone"))); });
        var asksPerQuarter = new HashMap<Long, Map<Quarter, Integer>>();
        jdbc.query("SELECT advocate_id, asked_at FROM ask WHERE status <> 'WITHDRAWN'", rs -> {
            var advocateId = rs.getLong("advocate_id");
            var day = LocalDate.ofInstant(rs.getObject("asked_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    zones.get(advocateId));
            asksPerQuarter.computeIfAbsent(advocateId, id -> new HashMap<>()).merge(Quarter.of(day), 1, Integer::sum);
        });
        var overCap = asksPerQuarter.entrySet().stream()
                .filter(entry -> entry.getValue().values().stream().anyMatch(n -> n > rules.quarterlyAskCap()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        var overAsked = only(DemoCase.BURNOUT_TOO_MANY_ASKS);
        var overAskedToday = LocalDate.ofInstant(now, zones.get(overAsked));
        // Forced only when rule 2's rolling quarter is the calendar quarter (its last day, unless month ends shorten it).
        var rollingQuarterIsTheQuarter = !BurnoutPolicy.rollingQuarterEndingOn(overAskedToday).start()
                .isBefore(Quarter.of(overAskedToday).firstDay());
        var forced = rollingQuarterIsTheQuarter ? Set.of(overAsked) : Set.<Long>of();
        assertThat(overCap).isEqualTo(forced);
        assertThat(asksPerQuarter.values().stream().flatMap(perQuarter -> perQuarter.values().stream())
                .filter(n -> n == rules.quarterlyAskCap()).count()).as("quarters at the cap").isGreaterThan(5);
    }

    /** The jobs do what the cases were staged for: reminders at 30 and 7 days, and the ask's last-day reminder. */
    private void theJobsFindTheirWork() {
        recommitmentCampaigns.remindAndLapse();
        assertThat(recommitments.findByAdvocateIdOrderBySentAtDesc(only(DemoCase.RECOMMITMENT_FIRST_REMINDER_DUE)))
                .singleElement().satisfies(campaign -> {
                    assertThat(campaign.getFirstReminderSentAt()).isEqualTo(now);
                    assertThat(campaign.getFinalReminderSentAt()).isNull();
                });
        assertThat(recommitments.findByAdvocateIdOrderBySentAtDesc(only(DemoCase.RECOMMITMENT_FINAL_REMINDER_DUE)))
                .singleElement().satisfies(campaign -> assertThat(campaign.getFinalReminderSentAt()).isEqualTo(now));
        if (LocalDate.ofInstant(now, SALES_ZONE).getDayOfWeek() != DayOfWeek.SATURDAY) {
            notificationJobs.remindExpiringAsks();
            assertThat(asks.findByAdvocateIdAndStatus(only(DemoCase.ASK_ABOUT_TO_EXPIRE), AskStatus.PENDING))
                    .singleElement().satisfies(ask -> assertThat(ask.getReminderSentAt()).isEqualTo(now));
        }
    }

    private List<DirectoryRow> directoryRows(List<Long> advocateIds) {
        return directoryPage(DirectoryFilter.NONE).stream().filter(row -> advocateIds.contains(row.id())).toList();
    }

    /** The whole directory a program manager sees under {@code filter}, in one page. */
    private List<DirectoryRow> directoryPage(DirectoryFilter filter) {
        return directory.page(ProgramMetricsAcceptance.PROGRAM_MANAGER, filter, 0, 10_000,
                List.of(new DirectorySort(DirectorySort.Key.NAME, true)));
    }
}
