package org.peerproof.domain.reward;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.i18n.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The benefit catalog, quarterly budgets and grants, run by program managers and admins. A grant is booked against
 * the quarter's budget under a row lock, so spend never exceeds the budget, even for grants made at the same moment.
 * Grants are never tied to an ask: the program thanks advocates, it does not pay per call.
 */
@Service
@Validated
public class RewardProgram {

    static final String BENEFIT_ENTITY = "Benefit";
    static final String GRANT_ENTITY = "BenefitGrant";
    static final String BUDGET_ENTITY = "BenefitBudget";
    static final int RECENT_GRANTS = 200;

    private final BenefitRepository benefits;
    private final BenefitGrantRepository grants;
    private final BenefitBudgetRepository budgets;
    private final AdvocateRepository advocates;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    public RewardProgram(BenefitRepository benefits, BenefitGrantRepository grants, BenefitBudgetRepository budgets,
                         AdvocateRepository advocates, EntityManager entityManager, ApplicationEventPublisher events,
                         AuditTrail audit, Clock clock) {
        this.benefits = benefits;
        this.grants = grants;
        this.budgets = budgets;
        this.advocates = advocates;
        this.entityManager = entityManager;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BenefitView> catalog(SignedInUser user) {
        requireProgramManager(user);
        return benefits.findAll(Sort.by("name")).stream().map(BenefitView::of).toList();
    }

    /** Creates a catalog entry (no id) or edits one at the version the editor loaded. */
    @Transactional
    public BenefitView saveBenefit(SignedInUser user, @NotNull @Valid BenefitForm form) {
        requireProgramManager(user);
        Benefit benefit;
        String before;
        if (form.id() == null) {
            benefit = new Benefit(form.kind(), form.name().strip(), form.maxValue());
            before = "new";
        } else {
            benefit = benefits.findById(form.id())
                    .orElseThrow(() -> new RecordNotFoundException("program.benefits.notFound", form.id()));
            if (!Objects.equals(benefit.getVersion(), form.version())) {
                throw new DomainConflictException("program.benefits.changedMeanwhile", benefit.getName());
            }
            before = describe(benefit);
        }
        benefit.redefine(form.kind(), form.name().strip(), form.description(), form.maxValue(), form.active());
        try {
            benefits.saveAndFlush(benefit);
        } catch (DataIntegrityViolationException duplicate) {
            throw new DomainConflictException("program.benefits.nameTaken", form.name());
        }
        audit.record(user.email(), form.id() == null ? "benefit.created" : "benefit.updated", BENEFIT_ENTITY,
                benefit.getId(), before + " -> " + describe(benefit));
        return BenefitView.of(benefit);
    }

    /** The active benefits of the advocate's tier: what staff may grant them. */
    @Transactional(readOnly = true)
    public List<BenefitView> grantableTo(SignedInUser user, Long advocateId) {
        requireProgramManager(user);
        var advocate = advocates.findById(advocateId)
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", advocateId));
        return advocate.getTier() == null ? List.of() : advocate.getTier().getBenefits().stream()
                .filter(Benefit::isActive)
                .sorted(Comparator.comparing(Benefit::getName))
                .map(BenefitView::of).toList();
    }

    /** Sets (or changes) a quarter's budget; never below what grants in that quarter already spent. */
    @Transactional
    public BudgetView setBudget(SignedInUser user, @NotNull @Valid BudgetForm form) {
        requireProgramManager(user);
        var quarter = new Quarter(form.year(), form.quarter());
        var existing = budgets.lockByQuarter(form.year(), form.quarter());
        BenefitBudget budget;
        String before;
        if (existing.isPresent()) {
            budget = existing.get();
            before = budget.getAmount().toPlainString();
            budget.changeAmount(form.amount());
        } else {
            before = "none";
            budget = budgets.saveAndFlush(new BenefitBudget(quarter, form.amount(), grantedIn(quarter)));
        }
        audit.record(user.email(), "benefit-budget.set", BUDGET_ENTITY, budget.getId(),
                quarter + ": " + before + " -> " + form.amount().toPlainString());
        return BudgetView.of(budget);
    }

    /** The quarter's budget and spend; a quarter without a budget shows what was granted anyway. */
    @Transactional(readOnly = true)
    public BudgetView budget(SignedInUser user, Quarter quarter) {
        requireProgramManager(user);
        return budgets.findByQuarter(quarter.year(), quarter.quarter()).map(BudgetView::of)
                .orElseGet(() -> BudgetView.unset(quarter, grantedIn(quarter)));
    }

    @Transactional(readOnly = true)
    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock));
    }

    /**
     * Offers a benefit of the advocate's tier to them, approved by the signed-in staff member, booked against this
     * quarter's budget. Publishes {@link BenefitGranted} so the advocate is told.
     */
    @Transactional
    public GrantRow grant(SignedInUser user, @NotNull @Valid GrantForm form) {
        requireProgramManager(user);
        var advocate = advocates.findById(form.advocateId())
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", form.advocateId()));
        var benefit = benefits.findById(form.benefitId())
                .orElseThrow(() -> new RecordNotFoundException("program.benefits.notFound", form.benefitId()));
        if (advocate.isAwaitingSignUpReview()) {
            throw new DomainRuleException("program.benefits.grant.signUpNotReviewed", advocate.getName());
        }
        if (advocate.getStatus() != AdvocateStatus.ACTIVE && advocate.getStatus() != AdvocateStatus.PAUSED) {
            throw new DomainRuleException("program.benefits.grant.notInProgram", advocate.getName());
        }
        if (!benefit.isActive() || advocate.getTier() == null || !advocate.getTier().includes(benefit)) {
            throw new DomainRuleException("program.benefits.grant.notInTier", benefit.getName());
        }
        var value = form.value() == null ? BigDecimal.ZERO : form.value();
        if (benefit.getMaxValue() != null && value.compareTo(benefit.getMaxValue()) > 0) {
            throw new DomainRuleException("program.benefits.grant.aboveBand", value, benefit.getMaxValue());
        }
        var now = Instant.now(clock);
        var quarter = Quarter.of(LocalDate.now(clock));
        if (value.signum() > 0) {
            var budget = budgets.lockByQuarter(quarter.year(), quarter.quarter())
                    .orElseThrow(() -> new DomainRuleException("program.benefits.budget.none", quarter.toString()));
            budget.spend(value);
        }
        var grant = grants.save(new BenefitGrant(advocate, benefit, form.value(), user.email(), now));
        events.publishEvent(new BenefitGranted(grant.getId()));
        audit.record(user.email(), "benefit.granted", GRANT_ENTITY, grant.getId(),
                "advocate=" + advocate.getId() + ", benefit=" + benefit.getId() + ", value="
                        + value.toPlainString() + ", approvedBy=" + user.email());
        return GrantRow.of(grant);
    }

    @Transactional
    public GrantRow markAccepted(SignedInUser user, Long grantId) {
        return move(user, grantId, GrantStatus.ACCEPTED);
    }

    @Transactional
    public GrantRow markDelivered(SignedInUser user, Long grantId) {
        return move(user, grantId, GrantStatus.DELIVERED);
    }

    private GrantRow move(SignedInUser user, Long grantId, GrantStatus to) {
        requireProgramManager(user);
        var grant = grants.findById(grantId)
                .orElseThrow(() -> new RecordNotFoundException("program.benefits.grant.notFound", grantId));
        var from = grant.getStatus();
        var expected = to == GrantStatus.ACCEPTED ? GrantStatus.OFFERED : GrantStatus.ACCEPTED;
        if (from != expected) {
            throw new DomainConflictException("program.benefits.grant.wrongStatus",
                    new DefaultMessageSourceResolvable(Labels.key(from)));
        }
        var now = Instant.now(clock);
        if (to == GrantStatus.ACCEPTED) {
            grant.accept(now);
        } else {
            grant.deliver(now);
        }
        audit.record(user.email(), "benefit-grant." + to.name().toLowerCase(), GRANT_ENTITY, grant.getId(),
                from + " -> " + to);
        return GrantRow.of(grant);
    }

    /** The most recent grants, newest first. */
    @Transactional(readOnly = true)
    public List<GrantRow> recentGrants(SignedInUser user) {
        requireProgramManager(user);
        return entityManager.createQuery("""
                        select g from BenefitGrant g join fetch g.advocate join fetch g.benefit
                        order by g.offeredAt desc, g.id desc""", BenefitGrant.class)
                .setMaxResults(Limit.of(RECENT_GRANTS).max())
                .getResultList().stream().map(GrantRow::of).toList();
    }

    private BigDecimal grantedIn(Quarter quarter) {
        var zone = clock.getZone();
        var sum = entityManager.createQuery("""
                        select sum(g.value) from BenefitGrant g
                        where g.offeredAt >= :from and g.offeredAt < :to""", BigDecimal.class)
                .setParameter("from", quarter.startInclusive(zone))
                .setParameter("to", quarter.endExclusive(zone))
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static void requireProgramManager(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins manage benefits");
        }
    }

    private static String describe(Benefit benefit) {
        return "{kind=" + benefit.getKind() + ", name=" + benefit.getName() + ", maxValue=" + benefit.getMaxValue()
                + ", active=" + benefit.isActive() + "}";
    }
}
