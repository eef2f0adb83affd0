package org.peerproof.domain.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.checkin.CheckIns;
import org.peerproof.domain.notification.MailCategory;
import org.peerproof.domain.notification.MailTemplate;
import org.peerproof.domain.notification.OutboxAdministration;
import org.peerproof.domain.notification.OutboxMessage;
import org.peerproof.domain.notification.OutboxMessageRepository;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.Tier;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What each staff role finds on its home, on one program at Tuesday 12 May 2026, 09:00 UTC (program clock): two
 * accounts with their own customer success manager, two sales reps' requests, and one piece of each other work.
 */
@MariaDbJpaTest
@Import({StaffWorklist.class, SignUpReview.class, CheckIns.class, OutboxAdministration.class, AuditTrail.class,
        StaffWorklistTest.Setup.class})
class StaffWorklistTest {

    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    static final SignedInUser PROGRAM_MANAGER = staff("pm@peerproof.test", Roles.PROGRAM_MANAGER);
    static final SignedInUser ADMIN = staff("admin@peerproof.test", Roles.ADMIN);
    static final SignedInUser SALES = staff("sam.sales@peerproof.test", Roles.SALES);
    static final SignedInUser CSM = staff("cleo.csm@peerproof.test", Roles.CSM);
    static final String OTHER_SALES = "sid.sales@peerproof.test";
    static final String OTHER_CSM = "carl.csm@peerproof.test";

    @TestConfiguration
    static class Setup {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired StaffWorklist worklist;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AdvocateRepository advocates;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired RecommitmentRepository recommitments;
    @Autowired OutboxMessageRepository outbox;

    ReferenceRequest ownDueTomorrow;
    ReferenceRequest othersOverdue;
    Advocate cleosAdvocate;
    Advocate carlsAdvocate;
    Advocate signUp;
    Recommitment dueSoon;
    OutboxMessage failed;

    @BeforeEach
    void program() {
        var cleos = DomainFixtures.account("Cleo's Account");
        cleos.setRelationshipOwner(CSM.email());
        accounts.save(cleos);
        var carls = DomainFixtures.account("Carl's Account");
        carls.setRelationshipOwner(OTHER_CSM);
        accounts.save(carls);
        var powerTier = tiers.findByRank(Tier.POWER_RANK).orElseThrow();

        // Both Tier 1 advocates joined long before last quarter and never had a check-in: overdue.
        cleosAdvocate = powerAdvocate(cleos, "Ada Advocate", "ada@cleos.example", powerTier);
        carlsAdvocate = powerAdvocate(carls, "Bo Advocate", "bo@carls.example", powerTier);

        signUp = new Advocate(cleos, "Sia Signup", "sia@cleos.example", ZoneId.of("UTC"), AdvocateStatus.NOMINATED,
                NOW.minus(Duration.ofDays(2)));
        signUp.markSelfSignedUp();
        advocates.save(signUp);
        var reviewed = new Advocate(cleos, "Rey Reviewed", "rey@cleos.example", ZoneId.of("UTC"),
                AdvocateStatus.ACTIVE, NOW.minus(Duration.ofDays(9)));
        reviewed.markSelfSignedUp();
        reviewed.signUpReviewed(PROGRAM_MANAGER.email(), NOW.minus(Duration.ofDays(8)));
        advocates.save(reviewed);

        ownDueTomorrow = requests.save(request("OPP-OWN-1", SALES.email(), TODAY.plusDays(1), RequestStatus.MATCHING));
        requests.save(request("OPP-OWN-LATER", SALES.email(), TODAY.plusDays(3), RequestStatus.NEW));
        requests.save(request("OPP-OWN-DONE", SALES.email(), TODAY, RequestStatus.FULFILLED));
        othersOverdue = requests.save(request("OPP-OTHER-1", OTHER_SALES, TODAY.minusDays(1), RequestStatus.NEW));

        var later = requests.save(request("OPP-ASKS", OTHER_SALES, TODAY.plusDays(10), RequestStatus.ASKED));
        asks.save(new Ask(later, cleosAdvocate, NOW.minus(Duration.ofHours(62)), NOW.plus(Duration.ofHours(10))));
        asks.save(new Ask(later, carlsAdvocate, NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(70))));

        dueSoon = recommitments.save(new Recommitment(cleosAdvocate, NOW.minus(Duration.ofDays(20)), TODAY.plusDays(3)));
        recommitments.save(new Recommitment(carlsAdvocate, NOW.minus(Duration.ofDays(1)), TODAY.plusDays(30)));

        failed = new OutboxMessage("ada@cleos.example", MailTemplate.values()[0].name(), MailCategory.values()[0],
                cleosAdvocate.getId(), Locale.ENGLISH, "{}", NOW.minus(Duration.ofHours(5)));
        failed.claim(NOW.minus(Duration.ofHours(5)));
        failed.recordFailure("550 mailbox unavailable", NOW, true);
        outbox.save(failed);
        var sent = new OutboxMessage("bo@carls.example", MailTemplate.values()[0].name(), MailCategory.values()[0],
                carlsAdvocate.getId(), Locale.ENGLISH, "{}", NOW.minus(Duration.ofHours(6)));
        sent.claim(NOW.minus(Duration.ofHours(6)));
        sent.markSent(NOW.minus(Duration.ofHours(6)));
        outbox.saveAndFlush(sent);
    }

    @Test
    void aProgramManagerSeesEveryKindOfWorkOfTheWholeProgram() {
        var items = worklist.today(PROGRAM_MANAGER);

        assertThat(items).extracting(WorkItem::kind, WorkItem::count).containsExactly(
                tuple(WorkKind.REQUESTS_DUE, 2L),
                tuple(WorkKind.ASKS_EXPIRING, 1L),
                tuple(WorkKind.SIGN_UPS_TO_REVIEW, 1L),
                tuple(WorkKind.CHECK_INS_OVERDUE, 2L),
                tuple(WorkKind.RECOMMITMENTS_DUE, 1L),
                tuple(WorkKind.OUTBOX_FAILURES, 1L));
        assertThat(item(items, WorkKind.REQUESTS_DUE).first()).extracting(WorkRow::id, WorkRow::day)
                .as("overdue first, then by needed-by")
                .containsExactly(tuple(othersOverdue.getId(), TODAY.minusDays(1)),
                        tuple(ownDueTomorrow.getId(), TODAY.plusDays(1)));
        assertThat(item(items, WorkKind.ASKS_EXPIRING).first()).singleElement()
                .extracting(WorkRow::subject, WorkRow::at).containsExactly("Ada Advocate", NOW.plus(Duration.ofHours(10)));
        assertThat(item(items, WorkKind.SIGN_UPS_TO_REVIEW).first()).extracting(WorkRow::id)
                .containsExactly(signUp.getId());
        assertThat(item(items, WorkKind.CHECK_INS_OVERDUE).first()).extracting(WorkRow::id)
                .containsExactlyInAnyOrder(cleosAdvocate.getId(), carlsAdvocate.getId());
        assertThat(item(items, WorkKind.RECOMMITMENTS_DUE).first()).extracting(WorkRow::id, WorkRow::day)
                .containsExactly(tuple(dueSoon.getId(), TODAY.plusDays(3)));
        assertThat(item(items, WorkKind.OUTBOX_FAILURES).first()).extracting(WorkRow::id).containsExactly(failed.getId());
    }

    @Test
    void anAdminSeesWhatAProgramManagerSees() {
        assertThat(worklist.today(ADMIN)).isEqualTo(worklist.today(PROGRAM_MANAGER));
    }

    @Test
    void aSalesRepSeesOnlyTheirOwnRequestsThatAreDue() {
        var items = worklist.today(SALES);

        assertThat(items).extracting(WorkItem::kind).containsExactly(WorkKind.REQUESTS_DUE);
        assertThat(items.getFirst().first()).extracting(WorkRow::id, WorkRow::subject, WorkRow::detail, WorkRow::type)
                .containsExactly(tuple(ownDueTomorrow.getId(), "Prospect OPP-OWN-1", "OPP-OWN-1",
                        ActivityTypeCode.REFERENCE_CALL_30));
    }

    @Test
    void aCustomerSuccessManagerSeesOnlyTheOverdueCheckInsAtTheirAccounts() {
        var items = worklist.today(CSM);

        assertThat(items).extracting(WorkItem::kind).containsExactly(WorkKind.CHECK_INS_OVERDUE);
        assertThat(items.getFirst().count()).isEqualTo(1);
        assertThat(items.getFirst().first()).extracting(WorkRow::id, WorkRow::detail, WorkRow::day)
                .containsExactly(tuple(cleosAdvocate.getId(), "Cleo's Account", null));
    }

    @Test
    void someoneWhoIsNotStaffHasNoWorkHere() {
        var advocate = new SignedInUser("kc-advocate", "ada@cleos.example", true, "Ada", null, Set.of(Roles.ADVOCATE));

        assertThat(worklist.today(advocate)).isEmpty();
    }

    @Test
    void eachKindShowsItsMostUrgentFewAndCountsThemAll() {
        for (int i = 0; i < StaffWorklist.FIRST_ROWS + 2; i++) {
            requests.save(request("OPP-MANY-" + i, SALES.email(), TODAY.plusDays(2), RequestStatus.NEW));
        }

        var due = item(worklist.today(SALES), WorkKind.REQUESTS_DUE);

        assertThat(due.count()).isEqualTo(StaffWorklist.FIRST_ROWS + 3L);
        assertThat(due.first()).hasSize(StaffWorklist.FIRST_ROWS);
        assertThat(due.first().getFirst().id()).isEqualTo(ownDueTomorrow.getId());
    }

    @Test
    void theWorkMovesWithTheProgramClock(@Autowired MutableClock clock) {
        clock.advance(Duration.ofHours(16));

        var items = worklist.today(PROGRAM_MANAGER);

        assertThat(item(items, WorkKind.ASKS_EXPIRING).count()).as("the first ask has expired, the second not yet near")
                .isZero();
        assertThat(item(items, WorkKind.REQUESTS_DUE).count()).as("OPP-OWN-LATER is now within 48 hours").isEqualTo(3);
    }

    private static WorkItem item(java.util.List<WorkItem> items, WorkKind kind) {
        return items.stream().filter(item -> item.kind() == kind).findFirst().orElseThrow();
    }

    private Advocate powerAdvocate(CustomerAccount account, String name, String email, Tier tier) {
        var advocate = new Advocate(account, name, email, ZoneId.of("Europe/Berlin"), AdvocateStatus.NOMINATED,
                NOW.minus(Duration.ofDays(400)));
        advocate.join(LocalDate.of(2025, 4, 1));
        advocate.assignTier(tier);
        return advocates.save(advocate);
    }

    private static ReferenceRequest request(String opportunityId, String requestedBy, LocalDate neededBy,
                                            RequestStatus status) {
        var request = new ReferenceRequest(opportunityId, "Prospect " + opportunityId, Industry.SOFTWARE_SAAS,
                SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30, neededBy,
                requestedBy, NOW.minus(Duration.ofDays(5)));
        request.changeStatus(status);
        return request;
    }

    private static SignedInUser staff(String email, String role) {
        return new SignedInUser("kc-" + email, email, true, email, null, Set.of(role));
    }
}
