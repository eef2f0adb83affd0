package org.peerproof.domain.programcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.NOW;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PROGRAM_MANAGER;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.matching.EntityRankingQueries;
import org.peerproof.domain.recommitment.CampaignForm.Cohort;
import org.peerproof.domain.recommitment.CampaignForm;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentAnswers;
import org.peerproof.domain.recommitment.RecommitmentCampaigns;
import org.peerproof.domain.recommitment.RecommitmentReminderDue;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.recommitment.RecommitmentRequested;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@MariaDbJpaTest
@Import(ProgramCareTestSetup.class)
@RecordApplicationEvents
class RecommitmentCampaignsTest {

    /** Due 30 June 2026; the campaign starts on 12 May. */
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Autowired RecommitmentCampaigns campaigns;
    @Autowired RecommitmentAnswers answers;
    @Autowired RecommitmentRepository recommitments;
    @Autowired AdvocateRepository advocates;
    @Autowired EntityRankingQueries rankingQueries;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;
    @Autowired EntityManager entityManager;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    Advocate advocate;

    @BeforeEach
    void oneQuickTierAdvocate() {
        clock.set(NOW);
        advocate = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
    }

    Recommitment startFor(Advocate who) {
        campaigns.start(PROGRAM_MANAGER, new CampaignForm(Cohort.ADVOCATE, who.getId(), null, DUE));
        return recommitments.findFirstByAdvocateIdAndStatusOrderBySentAtDesc(who.getId(), RecommitmentStatus.SENT)
                .orElseThrow();
    }

    void runJobOn(LocalDate day) {
        clock.set(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
        campaigns.remindAndLapse();
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void startingACampaignSendsOneRecommitmentPerAdvocateAndAnnouncesIt() {
        var recommitment = startFor(advocate);

        assertThat(recommitment.getDueOn()).isEqualTo(DUE);
        assertThat(events.stream(RecommitmentRequested.class))
                .containsExactly(new RecommitmentRequested(recommitment.getId()));
        assertThatThrownBy(() -> startFor(advocate))
                .isInstanceOfSatisfying(DomainRuleException.class, refused ->
                        assertThat(refused.getMessageKey()).isEqualTo("program.recommitment.allOpenAlready"));
    }

    @Test
    void aTierCohortReachesEveryoneInTheProgramInThatTier() {
        var other = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
        var lapsed = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
        lapsed.changeStatus(AdvocateStatus.LAPSED);
        advocates.saveAndFlush(lapsed);

        int sent = campaigns.start(PROGRAM_MANAGER,
                new CampaignForm(Cohort.TIER, null, tiers.findByRank(2).orElseThrow().getId(), DUE));

        assertThat(sent).isEqualTo((int) events.stream(RecommitmentRequested.class).count());
        assertThat(recommitments.findByAdvocateIdOrderBySentAtDesc(advocate.getId())).hasSize(1);
        assertThat(recommitments.findByAdvocateIdOrderBySentAtDesc(other.getId())).hasSize(1);
        assertThat(recommitments.findByAdvocateIdOrderBySentAtDesc(lapsed.getId())).isEmpty();
    }

    @Test
    void aCampaignNeedsAFutureDueDateAndItsTarget() {
        assertThatThrownBy(() -> campaigns.start(PROGRAM_MANAGER, new CampaignForm(Cohort.ADVOCATE, null, null, DUE)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> campaigns.start(PROGRAM_MANAGER,
                new CampaignForm(Cohort.ADVOCATE, advocate.getId(), null, LocalDate.of(2026, 5, 12))))
                .isInstanceOfSatisfying(DomainRuleException.class, refused ->
                        assertThat(refused.getMessageKey()).isEqualTo("program.recommitment.dueOnNotFuture"));
    }

    @Test
    void unansweredLapsesOnTheDueDateNotTheDayBefore() {
        var recommitment = startFor(advocate);

        runJobOn(DUE.minusDays(1));
        assertThat(recommitments.findById(recommitment.getId()).orElseThrow().getStatus())
                .isEqualTo(RecommitmentStatus.SENT);
        assertThat(advocates.findById(advocate.getId()).orElseThrow().getStatus()).isEqualTo(AdvocateStatus.ACTIVE);

        runJobOn(DUE);
        assertThat(recommitments.findById(recommitment.getId()).orElseThrow().getStatus())
                .isEqualTo(RecommitmentStatus.LAPSED);
        // Out of matching: matching only considers ACTIVE advocates.
        assertThat(advocates.findById(advocate.getId()).orElseThrow().getStatus()).isEqualTo(AdvocateStatus.LAPSED);
        assertThat(rankingQueries.findMatchable()).noneMatch(found -> found.getId().equals(advocate.getId()));
    }

    @Test
    void remindersGoOutThirtyAndSevenDaysBeforeOnceEach() {
        var recommitment = startFor(advocate);

        runJobOn(DUE.minusDays(31));
        runJobOn(DUE.minusDays(30));
        runJobOn(DUE.minusDays(29));
        runJobOn(DUE.minusDays(7));
        runJobOn(DUE.minusDays(6));

        assertThat(events.stream(RecommitmentReminderDue.class)).containsExactly(
                new RecommitmentReminderDue(recommitment.getId(), 30),
                new RecommitmentReminderDue(recommitment.getId(), 7));
        var reminded = recommitments.findById(recommitment.getId()).orElseThrow();
        assertThat(reminded.getFirstReminderSentAt()).isNotNull();
        assertThat(reminded.getFinalReminderSentAt()).isNotNull();
    }

    @Test
    void aConfirmedRecommitmentStartsANewYearAndNeverLapses() {
        var recommitment = startFor(advocate);
        clock.set(NOW.plusSeconds(86_400));

        answers.confirm(recommitment.getId(), "link:recommitment");
        runJobOn(DUE);

        assertThat(recommitments.findById(recommitment.getId()).orElseThrow().getStatus())
                .isEqualTo(RecommitmentStatus.CONFIRMED);
        var confirmed = advocates.findById(advocate.getId()).orElseThrow();
        assertThat(confirmed.getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(confirmed.getLastRecommittedOn()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThatThrownBy(() -> answers.decline(recommitment.getId(), "link:recommitment"))
                .isInstanceOf(DomainConflictException.class);
    }

    @Test
    void theAdvocateAnswersTheirOwnFromThePortalChangingTierOrDeclining() {
        advocate.linkKeycloakUser("kc-" + advocate.getId());
        advocates.saveAndFlush(advocate);
        var user = new SignedInUser("kc-" + advocate.getId(), advocate.getEmail(), true, null, null,
                Set.of(Roles.ADVOCATE));
        var recommitment = startFor(advocate);

        var open = answers.mine(user).orElseThrow();
        assertThat(open.id()).isEqualTo(recommitment.getId());
        // Tier 1 comes with a written agreement, so only Tier 3 is offered to a Tier 2 advocate.
        assertThat(open.tierChoices()).extracting(choice -> choice.tierId())
                .containsExactly(tiers.findByRank(3).orElseThrow().getId());
        assertThatThrownBy(() -> answers.changeTierMine(user, tiers.findByRank(1).orElseThrow().getId()))
                .isInstanceOf(DomainRuleException.class);

        answers.changeTierMine(user, tiers.findByRank(3).orElseThrow().getId());

        assertThat(advocates.findById(advocate.getId()).orElseThrow().getTier().getRank()).isEqualTo(3);
        assertThat(answers.mine(user)).isEmpty();

        var next = startFor(advocate);
        answers.declineMine(user);
        assertThat(recommitments.findById(next.getId()).orElseThrow().getStatus()).isEqualTo(RecommitmentStatus.DECLINED);
        assertThat(advocates.findById(advocate.getId()).orElseThrow().getStatus()).isEqualTo(AdvocateStatus.LAPSED);
    }

    @Test
    void theBoardCountsByStatusAndFilters() {
        var recommitment = startFor(advocate);
        var board = campaigns.board(PROGRAM_MANAGER, RecommitmentStatus.SENT);

        assertThat(board.counts().get(RecommitmentStatus.SENT)).isGreaterThanOrEqualTo(1L);
        assertThat(board.rows()).extracting(row -> row.id()).contains(recommitment.getId());
        assertThat(campaigns.board(PROGRAM_MANAGER, RecommitmentStatus.LAPSED).rows())
                .extracting(row -> row.id()).doesNotContain(recommitment.getId());
    }
}
