package org.peerproof.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.peerproof.domain.activity.ActivityCompleted;
import org.peerproof.domain.activity.ActivityLogForm;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.activity.InformalActivities;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.AskDispatch;
import org.peerproof.domain.ask.AskExpired;
import org.peerproof.domain.ask.AskExpiry;
import org.peerproof.domain.ask.AskExpiryJob;
import org.peerproof.domain.ask.AskFollowUp;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.AskWithdrawn;
import org.peerproof.domain.ask.CallOutcomeForm;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.matching.EligibilitySnapshots;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchIndex;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.outcome.DealOutcomeForm;
import org.peerproof.domain.outcome.DealOutcomeRepository;
import org.peerproof.domain.outcome.DealOutcomes;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A reference request from filing to the deal outcome against MariaDB, with the rules on the way: who may see and
 * act on it, what the form refuses, withdrawing, and the expiry job moving a request to its next match. Each test
 * runs in one transaction that is rolled back, so the ranking sees only the advocates the test saves.
 */
@MariaDbJpaTest
@Import(RequestLifecycleTest.Setup.class)
@RecordApplicationEvents
class RequestLifecycleTest {

    /** Wednesday 13 May 2026, 09:00 UTC. */
    static final Instant NOW = Instant.parse("2026-05-13T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 13);

    static final SignedInUser SALES = staff("sales@peerproof.test", Roles.SALES);
    static final SignedInUser OTHER_SALES = staff("sales2@peerproof.test", Roles.SALES);
    static final SignedInUser PROGRAM_MANAGER = staff("pm@peerproof.test", Roles.PROGRAM_MANAGER);
    static final SignedInUser CSM = staff("csm@peerproof.test", Roles.CSM);

    @TestConfiguration
    @Import({ReferenceRequests.class, VisibleRequests.class, MatchingService.class, MatchIndex.class,
            EligibilitySnapshots.class, SimpleMeterRegistry.class, EligibilityNow.class, AskDispatch.class,
            AskResponses.class, AdvocateSignUpService.class, AskFollowUp.class, AskExpiry.class, AskExpiryJob.class,
            DealOutcomes.class, InformalActivities.class, AuditTrail.class})
    @ImportAutoConfiguration(ValidationAutoConfiguration.class)
    static class Setup {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired ReferenceRequests referenceRequests;
    @Autowired MatchingService matching;
    @Autowired AskDispatch dispatch;
    @Autowired AskResponses responses;
    @Autowired AskFollowUp followUp;
    @Autowired AskExpiryJob expiryJob;
    @Autowired DealOutcomes outcomes;
    @Autowired InformalActivities informalActivities;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired ActivityRepository activities;
    @Autowired ActivityTypeRepository activityTypes;
    @Autowired DealOutcomeRepository dealOutcomes;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ProductRepository products;
    @Autowired TierRepository tiers;
    @Autowired AuditEventRepository audit;

    private CustomerAccount hospital;
    private CustomerAccount factory;
    private Product ehr;

    @BeforeEach
    void accountsAndAProduct() {
        clock.set(NOW);
        hospital = accounts.save(new CustomerAccount("St. Example Hospital", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA));
        factory = accounts.save(new CustomerAccount("Example Works", Industry.MANUFACTURING, SizeBand.SMALL, Region.APAC));
        ehr = products.save(new Product("Records " + UUID.randomUUID()));
    }

    @Test
    void fromFilingThroughMatchAskAcceptAndCallToTheDealOutcome() {
        var alice = advocate(hospital, "Alice Anders");
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-LIFE-1"));

        var filed = referenceRequests.detail(SALES, requestId);
        assertThat(filed.status()).isEqualTo(RequestStatus.NEW);
        assertThat(filed.requestedBy()).isEqualTo(SALES.email());
        assertThat(filed.products()).containsExactly(ehr.getName());
        assertThat(filed.createdAt()).isEqualTo(NOW);

        var ranked = matching.rank(requestId, NOW, false);
        assertThat(ranked.getFirst().advocateId()).isEqualTo(alice.getId());
        assertThat(ranked.getFirst().askable()).isTrue();

        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(alice.getId())).getFirst();
        var afterAsking = matching.rank(requestId, NOW, false).getFirst();
        assertThat(afterAsking.askStatus()).isEqualTo(AskStatus.PENDING);
        assertThat(afterAsking.askable()).as("asked once, never offered again").isFalse();
        var pendingForSales = referenceRequests.detail(SALES, requestId).asks().getFirst();
        assertThat(pendingForSales.status()).isEqualTo(AskStatus.PENDING);
        assertThat(pendingForSales.advocateName()).as("sales see the advocate once they accept").isNull();
        assertThat(referenceRequests.detail(PROGRAM_MANAGER, requestId).asks().getFirst().advocateName())
                .isEqualTo("Alice Anders");

        responses.accept(advocateUser(alice), askId);
        var accepted = referenceRequests.detail(SALES, requestId);
        assertThat(accepted.asks().getFirst().advocateName()).isEqualTo("Alice Anders");
        assertThat(accepted.asks().getFirst().advocateCompany()).isEqualTo("St. Example Hospital");
        assertThat(accepted.firstMatchedAt()).isEqualTo(NOW);

        clock.set(NOW.plus(Duration.ofDays(1)));
        followUp.recordCall(SALES, askId, new CallOutcomeForm(true, TODAY.plusDays(1), " Very convincing ", 9));

        var completed = asks.findById(askId).orElseThrow();
        assertThat(completed.getStatus()).isEqualTo(AskStatus.COMPLETED);
        assertThat(completed.getCallHappened()).isTrue();
        assertThat(completed.getProspectFeedback()).isEqualTo("Very convincing");
        assertThat(completed.getProspectScore()).isEqualTo(9);
        var activity = activities.findHistory(alice.getId()).getFirst();
        assertThat(activity.getAsk().getId()).isEqualTo(askId);
        assertThat(activity.getRequest().getId()).isEqualTo(requestId);
        assertThat(activity.getOpportunityId()).isEqualTo("OPP-LIFE-1");
        assertThat(activity.getOccurredOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(activity.getEffortWeight())
                .isEqualTo(activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow().getEffortWeight());
        assertThat(events.stream(ActivityCompleted.class)).containsExactly(new ActivityCompleted(activity.getId()));
        var fulfilled = referenceRequests.detail(SALES, requestId);
        assertThat(fulfilled.status()).isEqualTo(RequestStatus.FULFILLED);
        assertThat(fulfilled.fulfilledAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));

        var won = outcomes.record(SALES, requestId, new DealOutcomeForm(DealResult.WON, new BigDecimal("250000.00"),
                LocalDate.of(2026, 6, 2)));
        assertThat(won.daysInCycle()).isEqualTo(20);
        assertThat(won.influencingAskIds()).containsExactly(askId);
        var outcomeId = dealOutcomes.findByOpportunityId("OPP-LIFE-1").orElseThrow().getId();

        var revised = outcomes.record(PROGRAM_MANAGER, requestId, new DealOutcomeForm(DealResult.LOST, null,
                LocalDate.of(2026, 6, 12)));
        assertThat(revised.result()).isEqualTo(DealResult.LOST);
        assertThat(revised.daysInCycle()).isEqualTo(30);
        assertThat(dealOutcomes.findByOpportunityId("OPP-LIFE-1").orElseThrow().getId())
                .as("one outcome per opportunity, updated in place").isEqualTo(outcomeId);
        assertThat(outcomes.forRequest(SALES, requestId)).contains(revised);
        assertThat(actionsOn("Ask", askId)).contains("ask.sent", "ask.accepted", "ask.callRecorded");
    }

    @Test
    void aCallThatDidNotHappenLeavesTheAskAcceptedAndCreatesNoActivity() {
        var alice = advocate(hospital, "Alice Anders");
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-MISSED"));
        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(alice.getId())).getFirst();
        responses.accept(advocateUser(alice), askId);

        followUp.recordCall(SALES, askId, new CallOutcomeForm(false, null, "Prospect cancelled", 3));

        var ask = asks.findById(askId).orElseThrow();
        assertThat(ask.getStatus()).isEqualTo(AskStatus.ACCEPTED);
        assertThat(ask.getCallHappened()).isFalse();
        assertThat(ask.getProspectScore()).as("no call, no rating").isNull();
        assertThat(activities.findHistory(alice.getId())).isEmpty();
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASKED);
        assertRule(() -> followUp.recordCall(SALES, askId, new CallOutcomeForm(true, null, null, null)),
                "ask.call.occurredOn.required");
        assertRule(() -> followUp.recordCall(SALES, askId, new CallOutcomeForm(true, TODAY.plusDays(1), null, null)),
                "ask.call.occurredOn.future");
    }

    @Test
    void aNewRequestForAKnownOpportunityStartsFromTheUsersLatestRequestForIt() {
        referenceRequests.file(SALES, healthcareForm("OPP-AGAIN"));
        clock.set(NOW.plusSeconds(60));
        var later = new RequestForm("OPP-AGAIN", "Example Clinic Group", Industry.HEALTHCARE, SizeBand.ENTERPRISE,
                Region.EMEA, Set.of(ehr.getId()), null, null, null, DealStage.PROPOSAL, new BigDecimal("90000"),
                ActivityTypeCode.REFERENCE_CALL_15, TODAY.plusDays(10), null);
        referenceRequests.file(SALES, later);

        var prefill = referenceRequests.prefill(SALES, " OPP-AGAIN ").orElseThrow();
        assertThat(prefill.prospectCompany()).isEqualTo("Example Clinic Group");
        assertThat(prefill.sizeBand()).isEqualTo(SizeBand.ENTERPRISE);
        assertThat(prefill.productIds()).containsExactly(ehr.getId());
        assertThat(prefill.dealStage()).isEqualTo(DealStage.PROPOSAL);
        assertThat(prefill.dealAmount()).isEqualByComparingTo("90000");
        assertThat(referenceRequests.prefill(OTHER_SALES, "OPP-AGAIN")).as("only from one's own requests").isEmpty();
        assertThat(referenceRequests.prefill(SALES, "OPP-NEVER")).isEmpty();
    }

    @Test
    void theFormRefusesMissingFieldsAndANeededByDateInThePast() {
        var blank = new RequestForm(" ", "Prospect", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, null, null,
                null, "english", null, new BigDecimal("-1"), ActivityTypeCode.REFERENCE_CALL_30, TODAY, null);
        assertThatThrownBy(() -> referenceRequests.file(SALES, blank))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid ->
                        assertThat(invalid.getConstraintViolations()).extracting(RequestLifecycleTest::field)
                                .containsExactlyInAnyOrder("opportunityId", "languageCode", "dealStage", "dealAmount"));

        var yesterday = new RequestForm("OPP-LATE", "Prospect", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA,
                null, null, null, null, DealStage.EVALUATION, null, ActivityTypeCode.REFERENCE_CALL_30,
                TODAY.minusDays(1), null);
        assertRule(() -> referenceRequests.file(SALES, yesterday), "request.neededBy.past");
        assertThat(requests.findAll()).isEmpty();
    }

    @Test
    void salesSeeAndActOnlyOnTheirOwnRequests() {
        var alice = advocate(hospital, "Alice Anders");
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-MINE"));
        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(alice.getId())).getFirst();
        responses.accept(advocateUser(alice), askId);

        assertThatThrownBy(() -> referenceRequests.detail(OTHER_SALES, requestId)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> followUp.recordCall(OTHER_SALES, askId, new CallOutcomeForm(true, TODAY, null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> outcomes.record(OTHER_SALES, requestId, new DealOutcomeForm(DealResult.OPEN, null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> followUp.withdraw(SALES, askId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referenceRequests.file(CSM, healthcareForm("OPP-CSM"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referenceRequests.detail(CSM, requestId)).isInstanceOf(AccessDeniedException.class);
        assertThat(asks.findById(askId).orElseThrow().getStatus()).isEqualTo(AskStatus.ACCEPTED);
    }

    @Test
    void withdrawingTheOnlyOpenAskPutsTheRequestBackInTheQueue() {
        var alice = advocate(hospital, "Alice Anders");
        var ben = advocate(hospital, "Ben Brooks");
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-WITHDRAW"));
        var asked = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(alice.getId(), ben.getId()));
        responses.decline(advocateUser(ben), asked.get(1), new DeclineForm("Travelling"));

        followUp.withdraw(PROGRAM_MANAGER, asked.getFirst());

        assertThat(asks.findById(asked.getFirst()).orElseThrow().getStatus()).isEqualTo(AskStatus.WITHDRAWN);
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(RequestStatus.MATCHING);
        assertThat(events.stream(AskWithdrawn.class)).containsExactly(new AskWithdrawn(asked.getFirst()));
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Ask", asked.getFirst().toString()))
                .anySatisfy(event -> {
                    assertThat(event.getAction()).isEqualTo("ask.withdrawn");
                    assertThat(event.getActor()).isEqualTo(PROGRAM_MANAGER.email());
                });
        assertThatThrownBy(() -> followUp.withdraw(PROGRAM_MANAGER, asked.get(1)))
                .isInstanceOf(DomainConflictException.class)
                .extracting(e -> ((DomainConflictException) e).getMessageKey()).isEqualTo("ask.withdraw.notOpen");
    }

    @Test
    void anExpiredAskMovesTheRequestToTheBestRankedAdvocateNotAskedYet() {
        var best = advocate(hospital, "Best Fit");
        var next = advocate(hospital, "Next Fit");
        var poorFit = advocate(factory, "Poor Fit");
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-EXPIRE"));
        var firstAsk = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(best.getId())).getFirst();
        var expiresAt = asks.findById(firstAsk).orElseThrow().getExpiresAt();
        clock.set(NOW.plus(Duration.ofHours(1)));
        var stillOpen = referenceRequests.file(SALES, healthcareForm("OPP-STILL-OPEN"));
        var laterAsk = dispatch.ask(PROGRAM_MANAGER, stillOpen, List.of(poorFit.getId())).getFirst();

        clock.set(expiresAt.minusSeconds(1));
        expiryJob.run();
        assertThat(asks.findById(firstAsk).orElseThrow().getStatus()).as("not due yet").isEqualTo(AskStatus.PENDING);

        clock.set(expiresAt);
        expiryJob.run();

        assertThat(asks.findById(firstAsk).orElseThrow().getStatus()).isEqualTo(AskStatus.EXPIRED);
        assertThat(events.stream(AskExpired.class)).contains(new AskExpired(firstAsk));
        assertThat(actionsOn("Ask", firstAsk)).contains("ask.expired");
        var detail = referenceRequests.detail(PROGRAM_MANAGER, requestId);
        assertThat(detail.status()).isEqualTo(RequestStatus.ASKED);
        assertThat(detail.asks()).extracting(RequestDetail.RequestAsk::advocateName, RequestDetail.RequestAsk::status)
                .containsExactly(tuple("Best Fit", AskStatus.EXPIRED),
                        tuple("Next Fit", AskStatus.PENDING));
        var nextAsk = detail.asks().get(1).askId();
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Ask", nextAsk.toString()))
                .extracting(event -> event.getActor() + " " + event.getAction()).containsExactly("system ask.sent");
        assertThat(requests.findById(stillOpen).orElseThrow().getStatus()).as("its ask runs on").isEqualTo(RequestStatus.ASKED);
        assertThat(asks.findById(laterAsk).orElseThrow().getStatus()).isEqualTo(AskStatus.PENDING);
        assertThat(asks.findById(nextAsk).orElseThrow().getAdvocate().getId()).isEqualTo(next.getId());
    }

    @Test
    void theNextMatchIsFoundPastTheFirstPageOfTheRanking() {
        for (int i = 0; i < 22; i++) {
            advocate(hospital, "Fit %02d".formatted(i));
        }
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-MANY-ASKED"));
        var ranked = matching.rankEligible(requestId, NOW, 0, 22).candidates().stream()
                .map(MatchCandidate::advocateId).toList();
        var askIds = dispatch.ask(PROGRAM_MANAGER, requestId, ranked.subList(0, 21));

        clock.set(asks.findById(askIds.getFirst()).orElseThrow().getExpiresAt());
        expiryJob.run();

        var pending = asks.findByRequestWithAdvocates(requestId).stream()
                .filter(ask -> ask.getStatus() == AskStatus.PENDING).toList();
        assertThat(pending).as("the 22nd best, on the ranking's second page")
                .singleElement().satisfies(ask -> assertThat(ask.getAdvocate().getId()).isEqualTo(ranked.get(21)));
    }

    @Test
    void aRequestWhoseAdvocatesAllSaidNoIsUnfulfilledOnceItsNeededByDatePassed() {
        var alice = advocate(hospital, "Alice Anders");
        var soon = new RequestForm("OPP-SOON", "Prospect", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, null,
                null, null, null, DealStage.EVALUATION, null, ActivityTypeCode.REFERENCE_CALL_30, TODAY, null);
        var requestId = referenceRequests.file(SALES, soon);
        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(alice.getId())).getFirst();
        responses.decline(advocateUser(alice), askId, new DeclineForm(null));
        advocate(hospital, "Not Asked Yet");

        clock.set(NOW.plus(Duration.ofDays(1)));
        expiryJob.run();

        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(RequestStatus.UNFULFILLED);
        assertThat(asks.findByRequestWithAdvocates(requestId)).as("nobody is asked for a date gone by").hasSize(1);
        assertThat(actionsOn("ReferenceRequest", requestId)).contains("request.unfulfilled");
    }

    @Test
    void withoutAnyoneElseToAskTheRequestWaitsInMatching() {
        var only = advocate(hospital, "Only Fit");
        var requestId = referenceRequests.file(SALES, healthcareForm("OPP-ALONE"));
        var askId = dispatch.ask(PROGRAM_MANAGER, requestId, List.of(only.getId())).getFirst();

        clock.set(asks.findById(askId).orElseThrow().getExpiresAt());
        expiryJob.run();

        assertThat(asks.findById(askId).orElseThrow().getStatus()).isEqualTo(AskStatus.EXPIRED);
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(RequestStatus.MATCHING);
        assertThat(actionsOn("ReferenceRequest", requestId)).contains("request.needsMatching");
    }

    @Test
    void anyStaffMemberLogsAnInformalActivity() {
        var alice = advocate(hospital, "Alice Anders");

        var id = informalActivities.log(CSM, new ActivityLogForm(alice.getId(), ActivityTypeCode.SPEAKING, TODAY,
                " OPP-EVENT ", "Keynote at the user conference"));

        var logged = activities.findById(id).orElseThrow();
        assertThat(logged.getLoggedBy()).isEqualTo(CSM.email());
        assertThat(logged.getOpportunityId()).isEqualTo("OPP-EVENT");
        assertThat(logged.getAsk()).isNull();
        assertThat(logged.getEffortWeight())
                .isEqualTo(activityTypes.findById(ActivityTypeCode.SPEAKING).orElseThrow().getEffortWeight());
        assertThat(events.stream(ActivityCompleted.class)).containsExactly(new ActivityCompleted(id));
        assertThat(actionsOn("Activity", id)).containsExactly("activity.logged");
        assertRule(() -> informalActivities.log(SALES, new ActivityLogForm(alice.getId(), ActivityTypeCode.SURVEY,
                TODAY.plusDays(1), null, null)), "activity.occurredOn.future");
        assertThatThrownBy(() -> informalActivities.log(advocateUser(alice), new ActivityLogForm(alice.getId(),
                ActivityTypeCode.SURVEY, TODAY, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    private RequestForm healthcareForm(String opportunityId) {
        return new RequestForm(opportunityId, "Example Clinic", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA,
                Set.of(ehr.getId()), null, Persona.EXECUTIVE, "en", DealStage.EVALUATION, new BigDecimal("120000"),
                ActivityTypeCode.REFERENCE_CALL_30, TODAY.plusDays(14), "Wants to hear about the roll-out");
    }

    /** An active Tier 2 advocate, willing to take 30-minute calls, linked to a Keycloak user of their own. */
    private Advocate advocate(CustomerAccount account, String name) {
        var advocate = new Advocate(account, name, "peer-" + UUID.randomUUID() + "@example.com", ZoneId.of("UTC"),
                AdvocateStatus.NOMINATED, NOW.minus(Duration.ofDays(400)));
        advocate.join(LocalDate.of(2025, 1, 10));
        advocate.assignTier(tiers.findByRank(2).orElseThrow());
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, ContactChannel.VIDEO_CALL);
        advocate.linkKeycloakUser("kc-" + UUID.randomUUID());
        return advocates.save(advocate);
    }

    private static SignedInUser advocateUser(Advocate advocate) {
        return new SignedInUser(advocate.getKeycloakUserId(), advocate.getEmail(), true, advocate.getName(), null,
                Set.of(Roles.ADVOCATE));
    }

    private List<String> actionsOn(String entityType, Long id) {
        return audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc(entityType, id.toString()).stream()
                .map(event -> event.getAction()).toList();
    }

    private static String field(ConstraintViolation<?> violation) {
        var path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static void assertRule(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(DomainRuleException.class)
                .extracting(e -> ((DomainRuleException) e).getMessageKey()).isEqualTo(messageKey);
    }

    private static SignedInUser staff(String email, String role) {
        return new SignedInUser("kc-" + email, email, true, email, null, Set.of(role));
    }
}
