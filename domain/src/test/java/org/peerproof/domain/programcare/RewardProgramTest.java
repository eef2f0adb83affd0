package org.peerproof.domain.programcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.NOW;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PM_EMAIL;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PROGRAM_MANAGER;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.SALES;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.reward.Benefit;
import org.peerproof.domain.reward.BenefitBudgetRepository;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.reward.BenefitGranted;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.reward.BudgetForm;
import org.peerproof.domain.reward.GrantForm;
import org.peerproof.domain.reward.GrantStatus;
import org.peerproof.domain.reward.RewardProgram;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@MariaDbJpaTest
@Import(ProgramCareTestSetup.class)
@RecordApplicationEvents
class RewardProgramTest {

    @Autowired RewardProgram rewards;
    @Autowired SignUpReview signUpReview;
    @Autowired BenefitRepository benefits;
    @Autowired BenefitGrantRepository grants;
    @Autowired BenefitBudgetRepository budgets;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;
    @Autowired AuditEventRepository audit;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    Advocate advocate;
    Benefit gift;
    Benefit earlyAccess;

    @BeforeEach
    void quickTierAdvocateAndAQ2Budget() {
        clock.set(NOW);
        advocate = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
        gift = benefit(BenefitKind.GIFT);
        earlyAccess = benefit(BenefitKind.EARLY_ACCESS);
        rewards.setBudget(PROGRAM_MANAGER, new BudgetForm(2026, 2, new BigDecimal("100.00")));
    }

    Benefit benefit(BenefitKind kind) {
        return benefits.findAll().stream().filter(b -> b.getKind() == kind).findFirst().orElseThrow();
    }

    GrantForm gift(String value) {
        return new GrantForm(advocate.getId(), gift.getId(), new BigDecimal(value));
    }

    @Test
    void aGrantIsOfferedApprovedByTheSignedInUserBookedAndAnnounced() {
        var grant = rewards.grant(PROGRAM_MANAGER, gift("60.00"));

        assertThat(grant.status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(grants.findById(grant.id()).orElseThrow().getApprovedBy()).isEqualTo(PM_EMAIL);
        assertThat(rewards.budget(PROGRAM_MANAGER, rewards.currentQuarter()).spent()).isEqualByComparingTo("60");
        assertThat(events.stream(BenefitGranted.class)).containsExactly(new BenefitGranted(grant.id()));
        assertThat(audit.findAll()).anyMatch(event -> event.getAction().equals("benefit.granted"));
    }

    @Test
    void aGrantThatWouldOverspendTheBudgetIsRefusedAndNothingIsBooked() {
        rewards.grant(PROGRAM_MANAGER, gift("60.00"));

        assertThatThrownBy(() -> rewards.grant(PROGRAM_MANAGER, gift("40.01")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.budget.exceeded"));
        var budget = rewards.budget(PROGRAM_MANAGER, rewards.currentQuarter());
        assertThat(budget.spent()).isEqualByComparingTo("60");
        assertThat(budget.remaining()).isEqualByComparingTo("40");
        assertThat(grants.findByAdvocateIdOrderByOfferedAtDesc(advocate.getId())).hasSize(1);

        rewards.grant(PROGRAM_MANAGER, gift("40.00"));
        assertThat(rewards.budget(PROGRAM_MANAGER, rewards.currentQuarter()).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void theBudgetCannotBeLoweredBelowWhatWasGranted() {
        rewards.grant(PROGRAM_MANAGER, gift("60.00"));

        assertThatThrownBy(() -> rewards.setBudget(PROGRAM_MANAGER, new BudgetForm(2026, 2, new BigDecimal("59"))))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.budget.belowSpend"));
        assertThat(rewards.setBudget(PROGRAM_MANAGER, new BudgetForm(2026, 2, new BigDecimal("60"))).remaining())
                .isEqualByComparingTo("0");
    }

    @Test
    void valuedGrantsNeedABudgetForTheQuarterUnvaluedOnesDoNot() {
        clock.set(NOW.plusSeconds(60L * 60 * 24 * 60)); // July: the third quarter has no budget

        assertThatThrownBy(() -> rewards.grant(PROGRAM_MANAGER, gift("10.00")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.budget.none"));
        assertThat(rewards.grant(PROGRAM_MANAGER, new GrantForm(advocate.getId(), earlyAccess.getId(), null)).status())
                .isEqualTo(GrantStatus.OFFERED);
    }

    @Test
    void aGrantStaysWithinTheBenefitsValueBandAndTheAdvocatesTier() {
        assertThatThrownBy(() -> rewards.grant(PROGRAM_MANAGER, gift("100.01")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.grant.aboveBand"));
        var councilSeat = benefit(BenefitKind.ADVISORY_COUNCIL_SEAT); // a Tier 1 benefit
        assertThatThrownBy(() -> rewards.grant(PROGRAM_MANAGER, new GrantForm(advocate.getId(), councilSeat.getId(), null)))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.grant.notInTier"));
    }

    @Test
    void aSelfSignUpReceivesNothingUntilStaffApproveIt() {
        advocate.markSelfSignedUp();
        advocate.changeStatus(AdvocateStatus.NOMINATED);
        advocates.saveAndFlush(advocate);

        assertThatThrownBy(() -> rewards.grant(PROGRAM_MANAGER, gift("10.00")))
                .isInstanceOfSatisfying(DomainRuleException.class, refused ->
                        assertThat(refused.getMessageKey()).isEqualTo("program.benefits.grant.signUpNotReviewed"));
        assertThat(signUpReview.pending(PROGRAM_MANAGER)).anyMatch(p -> p.advocateId().equals(advocate.getId()));

        signUpReview.approve(PROGRAM_MANAGER, advocate.getId());

        var reviewed = advocates.findById(advocate.getId()).orElseThrow();
        assertThat(reviewed.getSignUpReviewedBy()).isEqualTo(PM_EMAIL);
        assertThat(reviewed.getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(rewards.grant(PROGRAM_MANAGER, gift("10.00")).status()).isEqualTo(GrantStatus.OFFERED);
    }

    @Test
    void grantsMoveFromOfferedToAcceptedToDelivered() {
        var grant = rewards.grant(PROGRAM_MANAGER, gift("10.00"));

        assertThatThrownBy(() -> rewards.markDelivered(PROGRAM_MANAGER, grant.id())).isInstanceOf(DomainRuleException.class);
        assertThat(rewards.markAccepted(PROGRAM_MANAGER, grant.id()).status()).isEqualTo(GrantStatus.ACCEPTED);
        assertThat(rewards.markDelivered(PROGRAM_MANAGER, grant.id()).status()).isEqualTo(GrantStatus.DELIVERED);
    }

    @Test
    void onlyProgramManagersAndAdminsGrant() {
        assertThatThrownBy(() -> rewards.grant(SALES, gift("10.00"))).isInstanceOf(AccessDeniedException.class);
    }
}
