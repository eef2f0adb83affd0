package org.peerproof.domain.tier;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Program managers and admins define the tiers and move advocates between them; everyone who may see an advocate
 * sees their yearly commitment progress ({@link CommitmentProgress}).
 */
@Service
@Validated
public class TierAdministration {

    static final String AUDIT_ENTITY = "Tier";
    static final String UPDATED = "tier.updated";
    static final String ADVOCATE_MOVED = "advocate.tier-changed";

    private final TierRepository tiers;
    private final BenefitRepository benefits;
    private final AdvocateRepository advocates;
    private final AdvocateSignUpService signUp;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Clock clock;

    public TierAdministration(TierRepository tiers, BenefitRepository benefits, AdvocateRepository advocates,
                              AdvocateSignUpService signUp, EntityManager entityManager, AuditTrail audit,
                              Clock clock) {
        this.tiers = tiers;
        this.benefits = benefits;
        this.advocates = advocates;
        this.signUp = signUp;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every tier, top (rank 1) first. Staff who may see advocates may see the tiers. */
    @Transactional(readOnly = true)
    public List<TierView> list(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.CSM)) {
            throw new AccessDeniedException("Only program staff see the tiers");
        }
        return tiers.findAll(Sort.by("rank")).stream().map(TierView::of).toList();
    }

    @Transactional
    public TierView update(SignedInUser user, @NotNull @Valid TierForm form) {
        requireProgramManager(user);
        var tier = tiers.findById(form.tierId())
                .orElseThrow(() -> new RecordNotFoundException("program.tiers.notFound", form.tierId()));
        if (!Objects.equals(tier.getVersion(), form.version())) {
            throw new DomainConflictException("program.tiers.changedMeanwhile", tier.getName());
        }
        var before = describe(tier);
        var chosenBenefits = new HashSet<>(benefits.findAllById(form.benefitIds()));
        if (chosenBenefits.size() != form.benefitIds().size()) {
            throw new RecordNotFoundException("program.benefits.notFound", form.benefitIds());
        }
        tier.redefine(form.name().strip(), form.expectedActivitiesPerYear(), form.allowedActivityTypes(),
                chosenBenefits, form.agreementRequired(), form.relationshipOwnerRequired());
        tiers.flush();
        audit.record(user.email(), UPDATED, AUDIT_ENTITY, tier.getId(), before + " -> " + describe(tier));
        return TierView.of(tier);
    }

    /** Moves an advocate to another tier; the reason is mandatory and audited. */
    @Transactional
    public void moveAdvocate(SignedInUser user, @NotNull @Valid TierMove move) {
        requireProgramManager(user);
        var advocate = advocates.findById(move.advocateId())
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", move.advocateId()));
        var target = tiers.findById(move.tierId())
                .orElseThrow(() -> new RecordNotFoundException("program.tiers.notFound", move.tierId()));
        var current = advocate.getTier();
        if (target.equals(current)) {
            throw new DomainRuleException("program.tiers.move.sameTier", target.getName());
        }
        if (target.isRelationshipOwnerRequired() && (advocate.getAccount() == null
                || advocate.getAccount().getRelationshipOwner() == null
                || advocate.getAccount().getRelationshipOwner().isBlank())) {
            throw new DomainRuleException("program.tiers.move.ownerRequired", target.getName());
        }
        advocate.assignTier(target);
        audit.record(user.email(), ADVOCATE_MOVED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "from=" + (current == null ? "none" : current.getName()) + ", to=" + target.getName()
                        + ", reason=" + move.reason().strip());
    }

    /** One advocate's tier and progress, for staff who may see them (customer success: their own accounts only). */
    @Transactional(readOnly = true)
    public AdvocateProgramSummary summary(SignedInUser user, Long advocateId) {
        var advocate = advocates.findById(advocateId)
                .filter(found -> user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)
                        || user.hasRole(Roles.CSM) && found.getAccount() != null && user.email() != null
                        && user.email().equalsIgnoreCase(found.getAccount().getRelationshipOwner()))
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", advocateId));
        var tier = advocate.getTier();
        return new AdvocateProgramSummary(advocate.getId(), tier == null ? null : tier.getId(),
                tier == null ? null : tier.getName(), progress(advocate), advocate.isAwaitingSignUpReview());
    }

    /** The signed-in advocate's own progress. */
    @Transactional
    public CommitmentProgress myProgress(SignedInUser user) {
        return progress(signUp.advocateFor(user));
    }

    private CommitmentProgress progress(Advocate advocate) {
        var today = advocate.today(clock);
        var start = advocate.getLastRecommittedOn() != null ? advocate.getLastRecommittedOn() : advocate.getJoinedOn();
        var dates = entityManager.createQuery(
                        "select a.occurredOn from Activity a where a.advocate.id = :id and a.occurredOn > :from",
                        LocalDate.class)
                .setParameter("id", advocate.getId())
                .setParameter("from", today.minusYears(1))
                .getResultList();
        var tier = advocate.getTier();
        return CommitmentProgress.of(start, today, tier == null ? 0 : tier.getExpectedActivitiesPerYear(), dates);
    }

    private static void requireProgramManager(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins manage tiers");
        }
    }

    private static String describe(Tier tier) {
        return "{name=" + tier.getName() + ", expectedPerYear=" + tier.getExpectedActivitiesPerYear()
                + ", activityTypes=" + tier.getAllowedActivityTypes().stream().map(Enum::name).sorted().toList()
                + ", benefits=" + tier.getBenefits().stream().map(b -> b.getId()).sorted().toList()
                + ", agreement=" + tier.isAgreementRequired() + ", owner=" + tier.isRelationshipOwnerRequired() + "}";
    }
}
