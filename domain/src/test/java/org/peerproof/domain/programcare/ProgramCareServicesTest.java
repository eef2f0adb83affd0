package org.peerproof.domain.programcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.CSM;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.CSM_EMAIL;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.NOW;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PROGRAM_MANAGER;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.SALES;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.checkin.CheckInForm;
import org.peerproof.domain.checkin.CheckInStatus;
import org.peerproof.domain.checkin.CheckIns;
import org.peerproof.domain.nomination.Nomination;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.target.ProgramTargets;
import org.peerproof.domain.target.TargetForm;
import org.peerproof.domain.testsupport.H2JpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierForm;
import org.peerproof.domain.tier.TierMove;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Tiers, check-ins and targets through their services: roles, validation, rules and audit. */
@H2JpaTest
@Import(ProgramCareTestSetup.class)
class ProgramCareServicesTest {

    @Autowired TierAdministration tierAdministration;
    @Autowired CheckIns checkIns;
    @Autowired ProgramTargets targets;
    @Autowired TierRepository tiers;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired NominationRepository nominations;
    @Autowired AuditEventRepository audit;
    @Autowired MutableClock clock;

    @BeforeEach
    void fixedNow() {
        clock.set(NOW);
    }

    @Test
    void editingATierChecksItsVersionAndAuditsOldAndNew() {
        var tier = tierAdministration.list(PROGRAM_MANAGER).getFirst();
        var form = new TierForm(tier.id(), tier.version(), "Tier 1 - Champions", 8,
                Set.of(ActivityTypeCode.REFERENCE_CALL_30, ActivityTypeCode.CASE_STUDY), tier.benefitIds(), true, true);

        var saved = tierAdministration.update(PROGRAM_MANAGER, form);

        assertThat(saved.name()).isEqualTo("Tier 1 - Champions");
        assertThat(saved.expectedActivitiesPerYear()).isEqualTo(8);
        assertThat(saved.allowedActivityTypes()).containsExactlyInAnyOrder(ActivityTypeCode.REFERENCE_CALL_30,
                ActivityTypeCode.CASE_STUDY);
        assertThat(audit.findAll()).anySatisfy(event -> assertThat(event.getDetails())
                .contains("expectedPerYear=6", "-> {name=Tier 1 - Champions, expectedPerYear=8"));
        assertThatThrownBy(() -> tierAdministration.update(PROGRAM_MANAGER, form))
                .isInstanceOf(DomainConflictException.class);
        assertThatThrownBy(() -> tierAdministration.update(PROGRAM_MANAGER, new TierForm(tier.id(), saved.version(),
                " ", 60, Set.of(), Set.of(), false, false))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> tierAdministration.update(CSM, form)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void movingAnAdvocateNeedsAReasonAndForTierOneARelationshipOwner() {
        var advocate = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
        var powerTier = tiers.findByRank(1).orElseThrow();

        assertThatThrownBy(() -> tierAdministration.moveAdvocate(PROGRAM_MANAGER,
                new TierMove(advocate.getId(), powerTier.getId(), "  "))).isInstanceOf(ConstraintViolationException.class);

        advocate.getAccount().setRelationshipOwner(null);
        assertThatThrownBy(() -> tierAdministration.moveAdvocate(PROGRAM_MANAGER,
                new TierMove(advocate.getId(), powerTier.getId(), "Speaks at events")))
                .isInstanceOfSatisfying(DomainRuleException.class, refused ->
                        assertThat(refused.getMessageKey()).isEqualTo("program.tiers.move.ownerRequired"));

        advocate.getAccount().setRelationshipOwner(CSM_EMAIL);
        tierAdministration.moveAdvocate(PROGRAM_MANAGER, new TierMove(advocate.getId(), powerTier.getId(), "Speaks at events"));

        assertThat(advocates.findById(advocate.getId()).orElseThrow().getTier().getRank()).isEqualTo(1);
        assertThat(audit.findAll()).anySatisfy(event -> assertThat(event.getDetails())
                .isEqualTo("from=Tier 2 - Quick, to=Tier 1 - Power, reason=Speaks at events"));
        assertThat(tierAdministration.summary(CSM, advocate.getId()).tierName()).isEqualTo("Tier 1 - Power");
    }

    @Test
    void customerSuccessSeesAndRecordsCheckInsForTheirOwnTierOneAdvocatesOnly() {
        var own = ProgramCareTestSetup.advocateInTier(1, accounts, advocates, tiers);
        var someoneElses = ProgramCareTestSetup.advocateInTier(1, accounts, advocates, tiers);
        someoneElses.getAccount().setRelationshipOwner("other.csm@peerproof.test");
        // Joined in January, the first quarter passed without a check-in.
        assertThat(checkIns.dueList(CSM)).extracting(due -> due.advocateId()).contains(own.getId())
                .doesNotContain(someoneElses.getId());
        assertThat(checkIns.dueList(CSM)).filteredOn(due -> due.advocateId().equals(own.getId()))
                .extracting(due -> due.status()).containsExactly(CheckInStatus.DUE);

        checkIns.record(CSM, new CheckInForm(own.getId(), LocalDate.of(2026, 5, 11), RelationshipHealth.GREEN,
                "Happy with the rollout", "Case study in Q3"));

        assertThat(checkIns.dueList(PROGRAM_MANAGER)).filteredOn(due -> due.advocateId().equals(own.getId()))
                .extracting(due -> due.status()).containsExactly(CheckInStatus.DONE);
        assertThat(checkIns.history(CSM, own.getId())).singleElement()
                .satisfies(held -> assertThat(held.owner()).isEqualTo(CSM_EMAIL));
        assertThatThrownBy(() -> checkIns.record(CSM, new CheckInForm(someoneElses.getId(), LocalDate.of(2026, 5, 11),
                RelationshipHealth.AMBER, null, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> checkIns.record(CSM, new CheckInForm(own.getId(), LocalDate.of(2026, 5, 13),
                RelationshipHealth.AMBER, null, null))).isInstanceOf(DomainRuleException.class);
        assertThatThrownBy(() -> checkIns.dueList(SALES)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void targetsShowCoverageAndTheNominationsThatWouldCloseTheGap() {
        var covered = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
        var account = covered.getAccount(); // healthcare, EMEA (the fixture's account)
        var nominee = advocates.save(new Advocate(account, "Nina Nominee",
                "nina-" + covered.getId() + "@example.com", ZoneId.of("UTC"),
                AdvocateStatus.NOMINATED, NOW));
        nominations.save(new Nomination(nominee, CSM_EMAIL, "Great results", NOW));

        targets.save(PROGRAM_MANAGER, new TargetForm(null, null, Industry.HEALTHCARE, Region.EMEA, null, null, 1000));

        var coverage = targets.coverage(PROGRAM_MANAGER).stream()
                .filter(target -> target.desiredCount() == 1000).findFirst().orElseThrow();
        assertThat(coverage.covered()).isGreaterThanOrEqualTo(1);
        assertThat(coverage.gap()).isEqualTo(1000 - coverage.covered());
        assertThat(coverage.openNominations()).extracting(n -> n.advocateId()).contains(nominee.getId());
        assertThatThrownBy(() -> targets.save(PROGRAM_MANAGER, new TargetForm(null, null, null, null, null, null, 3)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> targets.save(PROGRAM_MANAGER,
                new TargetForm(null, null, Industry.RETAIL, null, null, null, 0)))
                .isInstanceOf(ConstraintViolationException.class);
    }
}
