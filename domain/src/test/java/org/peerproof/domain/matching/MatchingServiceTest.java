package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.matching.IneligibilityReason.InBlackout;
import org.peerproof.domain.matching.IneligibilityReason.NoConsent;
import org.peerproof.domain.matching.IneligibilityReason.Paused;
import org.peerproof.domain.matching.IneligibilityReason.QuarterlyCapReached;
import org.peerproof.domain.matching.IneligibilityReason.Resting;
import org.peerproof.domain.matching.IneligibilityReason.TierNotAllowed;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Rules 1 and 3 together on the real database: who is offered for a request, in which order, and why not. */
@MariaDbJpaTest
@Import({MatchingService.class, MatchIndex.class, EligibilitySnapshots.class, EntityRanking.class,
        SimpleMeterRegistry.class})
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class MatchingServiceTest {

    /** A Wednesday in Q2 2026. */
    static final LocalDate ASK_DATE = LocalDate.parse("2026-05-13");
    /** Midday in UTC: the same day in Berlin, New York and Tokyo, the test advocates' zones. */
    static final Instant ASK_AT = ASK_DATE.atTime(12, 0).toInstant(ZoneOffset.UTC);
    static final Instant CREATED_AT = Instant.parse("2026-01-05T09:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired MatchingService matching;
    @Autowired EligibilitySnapshots snapshots;
    @Autowired EntityRanking entityRanking;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AdvocateRepository advocates;
    @Autowired TierRepository tiers;
    @Autowired ProductRepository products;
    @Autowired UseCaseRepository useCases;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired ActivityRepository activities;
    @Autowired ActivityTypeRepository activityTypes;
    @Autowired EntityManager entityManager;
    @Autowired EntityManagerFactory entityManagerFactory;

    private Product crm;
    private Product billing;
    private UseCase onboarding;
    private CustomerAccount saasEmeaMid;
    private ReferenceRequest request;
    private int emailSequence;

    @BeforeEach
    void saasProspectInEmea() {
        crm = products.save(new Product("Match CRM"));
        billing = products.save(new Product("Match Billing"));
        onboarding = useCases.save(new UseCase("Match onboarding"));
        saasEmeaMid = accounts.save(new CustomerAccount("Peer Soft", Industry.SOFTWARE_SAAS, SizeBand.MID_MARKET,
                Region.EMEA));
        request = new ReferenceRequest("OPP-MATCH-1", "Prospect Soft", Industry.SOFTWARE_SAAS, SizeBand.MID_MARKET,
                Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30, ASK_DATE.plusDays(14),
                "sam.sales", CREATED_AT);
        request.getProducts().add(crm);
        request.getProducts().add(billing);
        request.setUseCase(onboarding);
        request.setLanguageCode("de");
        request.setPreferredPersona(Persona.IT);
        request = requests.save(request);
    }

    @Test
    void ranksEligibleAdvocatesByFitThenUsageAndListsTheIneligibleAfterWithTheirReasons() {
        var perfect = perfectFit("Perfect Peer", saasEmeaMid);
        var busyTwin = perfectFit("Busy Twin", accounts.save(new CustomerAccount("Twin Soft", Industry.SOFTWARE_SAAS,
                SizeBand.LARGE, Region.EMEA)));
        var idleTwin = perfectFit("Idle Twin", busyTwin.getAccount());
        var faraway = perfectFit("Faraway Peer", accounts.save(new CustomerAccount("Far Soft", Industry.SOFTWARE_SAAS,
                SizeBand.MID_MARKET, Region.APAC)));
        faraway.getLanguages().clear();
        faraway.getLanguages().add("ja");
        var manufacturer = perfectFit("Local Manufacturer", accounts.save(new CustomerAccount("Gear Works",
                Industry.MANUFACTURING, SizeBand.MID_MARKET, Region.EMEA)));
        askOn(busyTwin, LocalDate.parse("2025-11-10"));
        askOn(busyTwin, LocalDate.parse("2025-12-01"));
        askOn(idleTwin, LocalDate.parse("2025-04-01")); // more than 12 months before the ask date: not counted

        var capped = perfectFit("Capped Peer", saasEmeaMid);
        askOn(capped, LocalDate.parse("2026-04-02"));
        askOn(capped, LocalDate.parse("2026-04-20"));
        askOn(capped, LocalDate.parse("2026-05-04"));
        var paused = perfectFit("Paused Peer", saasEmeaMid);
        paused.pauseUntil(ASK_DATE.plusDays(10));
        var blackedOut = perfectFit("Blacked-out Peer", saasEmeaMid);
        blackedOut.getBlackouts().add(new BlackoutPeriod(ASK_DATE.minusDays(3), ASK_DATE.plusDays(7)));
        var unwilling = perfectFit("Unwilling Peer", saasEmeaMid);
        unwilling.consent(ActivityTypeCode.REFERENCE_CALL_30, false, 3, ContactChannel.VIDEO_CALL);
        var logoOnly = perfectFit("Logo-only Peer", saasEmeaMid);
        logoOnly.assignTier(tiers.findByRank(3).orElseThrow());
        var resting = perfectFit("Resting Peer", saasEmeaMid);
        activities.save(new Activity(resting, activityTypes.findById(ActivityTypeCode.CASE_STUDY).orElseThrow(),
                ASK_DATE.minusDays(5), "pat.pm", CREATED_AT));

        perfectFit("Lapsed Peer", saasEmeaMid).changeStatus(AdvocateStatus.LAPSED);
        var unreviewed = accounts.save(CustomerAccount.namedByAdvocate("New Soft", Industry.SOFTWARE_SAAS,
                SizeBand.MID_MARKET, Region.EMEA, "DE"));
        perfectFit("Unreviewed Peer", unreviewed);
        flushAndClear();

        var ranked = matching.rank(request.getId(), ASK_AT, true);

        assertThat(ranked).extracting(MatchCandidate::name).startsWith(
                "Perfect Peer", "Idle Twin", "Busy Twin", "Faraway Peer", "Local Manufacturer");
        assertThat(ranked).extracting(MatchCandidate::name).doesNotContain("Lapsed Peer", "Unreviewed Peer");
        assertThat(ranked.subList(0, 5)).allMatch(MatchCandidate::eligible);
        assertThat(ranked.getFirst().score().total()).isEqualTo(100);
        assertThat(ranked.getFirst().companyName()).isEqualTo("Peer Soft");
        assertThat(ranked.get(1).score().total()).isEqualTo(ranked.get(2).score().total()).isEqualTo(96);
        assertThat(ranked.getFirst().tierName()).isNotBlank();
        var cappedRow = ranked.stream().filter(candidate -> candidate.name().equals("Capped Peer")).findFirst()
                .orElseThrow();
        assertThat(cappedRow.utilizationPercent()).as("3 asks of the cap of 3").isEqualTo(100);
        assertThat(ranked.getFirst().utilizationPercent()).isZero();

        var ineligible = ranked.subList(5, ranked.size());
        assertThat(ineligible).noneMatch(MatchCandidate::eligible);
        Map<String, List<IneligibilityReason>> reasons = ineligible.stream()
                .collect(Collectors.toMap(MatchCandidate::name, MatchCandidate::reasons));
        assertThat(reasons).containsOnly(
                Map.entry("Capped Peer", List.of(new QuarterlyCapReached(3, 3, LocalDate.parse("2026-07-01")))),
                Map.entry("Paused Peer", List.of(new Paused(ASK_DATE.plusDays(10)))),
                Map.entry("Blacked-out Peer", List.of(new InBlackout(
                        new DateRange(ASK_DATE.minusDays(3), ASK_DATE.plusDays(7))))),
                Map.entry("Unwilling Peer", List.of(new NoConsent(ActivityTypeCode.REFERENCE_CALL_30))),
                Map.entry("Logo-only Peer", List.of(new TierNotAllowed(ActivityTypeCode.REFERENCE_CALL_30, 3))),
                Map.entry("Resting Peer", List.of(new Resting(ASK_DATE.plusDays(9), 14, ASK_DATE.minusDays(5)))));
    }

    @Test
    void leavesIneligibleAdvocatesOutWhenAskedTo() {
        perfectFit("Perfect Peer", saasEmeaMid);
        perfectFit("Paused Peer", saasEmeaMid).pauseUntil(ASK_DATE);
        flushAndClear();

        assertThat(matching.rank(request.getId(), ASK_AT, false))
                .extracting(MatchCandidate::name).containsExactly("Perfect Peer");
    }

    @Test
    void countsTheQuarterInTheAdvocatesOwnTimeZone() {
        // 31 March 23:30 UTC is already 1 April in Berlin, so that ask is in Berlin's second quarter.
        var berliner = perfectFit("Berlin Peer", saasEmeaMid);
        var lateAsk = Instant.parse("2026-03-31T23:30:00Z");
        for (int i = 0; i < 3; i++) {
            asks.save(new Ask(requests.save(otherRequest()), berliner, lateAsk, lateAsk.plus(3, ChronoUnit.DAYS)));
        }
        flushAndClear();

        assertThat(matching.rank(request.getId(), ASK_AT, true)).singleElement().satisfies(candidate ->
                assertThat(candidate.reasons()).singleElement().isInstanceOf(QuarterlyCapReached.class));
    }

    @Test
    void judgesEachAdvocateOnTheirOwnDayAsTheAskItselfIsJudged() {
        // 30 June 22:30 UTC: still the second quarter in London, already 1 July (third quarter) in Tokyo.
        var askedAt = Instant.parse("2026-06-30T22:30:00Z");
        var tokyo = ZoneId.of("Asia/Tokyo");
        var cappedInTokyosNewQuarter = perfectFit("Tokyo Peer, capped since this morning", saasEmeaMid);
        cappedInTokyosNewQuarter.setTimeZone(tokyo);
        var freshInTokyosNewQuarter = perfectFit("Tokyo Peer, capped last quarter", saasEmeaMid);
        freshInTokyosNewQuarter.setTimeZone(tokyo);
        var blackedOutFromTokyosToday = perfectFit("Tokyo Peer, away from 1 July", saasEmeaMid);
        blackedOutFromTokyosToday.setTimeZone(tokyo);
        blackedOutFromTokyosToday.getBlackouts().add(new BlackoutPeriod(LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-07-10")));
        for (int i = 1; i <= 3; i++) {
            var thisMorningInTokyo = Instant.parse("2026-06-30T16:00:00Z").plus(i, ChronoUnit.HOURS);
            asks.save(new Ask(requests.save(otherRequest()), cappedInTokyosNewQuarter, thisMorningInTokyo,
                    thisMorningInTokyo.plus(3, ChronoUnit.DAYS)));
            var lastQuarter = Instant.parse("2026-06-10T03:00:00Z").plus(i, ChronoUnit.DAYS);
            asks.save(new Ask(requests.save(otherRequest()), freshInTokyosNewQuarter, lastQuarter,
                    lastQuarter.plus(3, ChronoUnit.DAYS)));
        }
        flushAndClear();

        var ranked = matching.rank(request.getId(), askedAt, true);

        assertThat(ranked).filteredOn(MatchCandidate::eligible).extracting(MatchCandidate::name)
                .containsExactly("Tokyo Peer, capped last quarter");
        assertThat(ranked).filteredOn(candidate -> !candidate.eligible())
                .extracting(MatchCandidate::name, candidate -> candidate.reasons().getFirst().getClass())
                .containsExactlyInAnyOrder(tuple("Tokyo Peer, capped since this morning", QuarterlyCapReached.class),
                        tuple("Tokyo Peer, away from 1 July", InBlackout.class));
    }

    @Test
    void readsAFewQueriesForThreeHundredAdvocates() {
        var zones = List.of(BERLIN, ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo"));
        for (int i = 0; i < 300; i++) {
            var advocate = perfectFit("Advocate " + i, saasEmeaMid);
            advocate.setTimeZone(zones.get(i % zones.size()));
            if (i % 2 == 0) {
                askOn(advocate, ASK_DATE.minusDays(20 + i % 7));
            }
            if (i % 3 == 0) {
                activities.save(new Activity(advocate, activityTypes.findById(ActivityTypeCode.SURVEY).orElseThrow(),
                        ASK_DATE.minusDays(3 + i % 30), "pat.pm", CREATED_AT));
            }
        }
        flushAndClear();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        var ranked = matching.rank(request.getId(), ASK_AT, true);

        assertThat(ranked).hasSize(300);
        // Through Hibernate only the request, the settings and the request's asks; the matching index reads its rows
        // (here this transaction's own) with one plain query per table, whatever the number of advocates or zones.
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void batchSnapshotsEqualTheOnesBuiltOneAdvocateAtATime() {
        var fresh = perfectFit("Fresh Peer", saasEmeaMid);
        var capped = perfectFit("Capped Peer", saasEmeaMid);
        askOn(capped, LocalDate.parse("2026-04-02"));
        askOn(capped, LocalDate.parse("2026-05-04"));
        askOn(capped, LocalDate.parse("2026-03-30")); // previous quarter
        var resting = perfectFit("Resting Peer", saasEmeaMid);
        resting.setTimeZone(ZoneId.of("America/New_York"));
        var caseStudy = activityTypes.findById(ActivityTypeCode.CASE_STUDY).orElseThrow();
        activities.save(new Activity(resting, caseStudy, ASK_DATE.minusDays(40), "pat.pm", CREATED_AT));
        activities.save(new Activity(resting, caseStudy, ASK_DATE.minusDays(2), "pat.pm", CREATED_AT));
        flushAndClear();
        var stored = advocates.findAllById(List.of(fresh.getId(), capped.getId(), resting.getId()));

        var batch = entityRanking.snapshotsForNewAsks(stored, ActivityTypeCode.REFERENCE_CALL_30, ASK_AT);

        assertThat(batch).hasSize(3);
        for (var advocate : stored) {
            assertThat(batch.get(advocate.getId()))
                    .isEqualTo(snapshots.forNewAsk(advocate, ActivityTypeCode.REFERENCE_CALL_30, ASK_DATE));
        }
        assertThat(batch.get(capped.getId()).asksThisQuarter()).isEqualTo(2);
        assertThat(batch.get(resting.getId()).lastCompletedActivity().completedOn()).isEqualTo(ASK_DATE.minusDays(2));
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThatThrownBy(() -> matching.rank(-1L, ASK_AT, true)).isInstanceOf(RecordNotFoundException.class);
    }

    /** An active Tier 2 advocate who fits the request on every criterion their account allows. */
    private Advocate perfectFit(String name, CustomerAccount account) {
        var advocate = new Advocate(account, name, "match" + (++emailSequence) + "@example.com", BERLIN,
                AdvocateStatus.NOMINATED, CREATED_AT);
        advocate.join(LocalDate.parse("2025-01-10"));
        advocate.assignTier(tiers.findByRank(2).orElseThrow());
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, ContactChannel.VIDEO_CALL);
        advocate.setPersona(Persona.IT);
        advocate.getLanguages().add("de");
        advocate.getProductsUsed().add(crm);
        advocate.getProductsUsed().add(billing);
        advocate.getUseCases().add(onboarding);
        return advocates.save(advocate);
    }

    private void askOn(Advocate advocate, LocalDate day) {
        var askedAt = day.atTime(10, 0).atZone(ZoneOffset.UTC).toInstant();
        asks.save(new Ask(requests.save(otherRequest()), advocate, askedAt, askedAt.plus(3, ChronoUnit.DAYS)));
    }

    private ReferenceRequest otherRequest() {
        return new ReferenceRequest("OPP-OTHER-" + (++emailSequence), "Other prospect", Industry.RETAIL,
                SizeBand.SMALL, Region.APAC, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30,
                ASK_DATE, "sam.sales", CREATED_AT);
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
