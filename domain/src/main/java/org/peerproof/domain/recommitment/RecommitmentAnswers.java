package org.peerproof.domain.recommitment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.tier.TierRepository;
import org.peerproof.i18n.Labels;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advocate's answer to their recommitment: confirm, confirm in another tier, or decline. The id-based methods
 * are for callers that already proved who answers (the email action links, scoped to one recommitment); the
 * portal uses the {@code ...Mine} methods, which find the signed-in advocate's own open recommitment.
 */
@Service
public class RecommitmentAnswers {

    private final RecommitmentRepository recommitments;
    private final TierRepository tiers;
    private final AdvocateSignUpService signUp;
    private final AuditTrail audit;
    private final Clock clock;

    public RecommitmentAnswers(RecommitmentRepository recommitments, TierRepository tiers,
                               AdvocateSignUpService signUp, AuditTrail audit, Clock clock) {
        this.recommitments = recommitments;
        this.tiers = tiers;
        this.signUp = signUp;
        this.audit = audit;
        this.clock = clock;
    }

    /** Another commitment year in the same tier. */
    @Transactional
    public void confirm(Long recommitmentId, String actor) {
        var recommitment = open(recommitmentId);
        var advocate = recommitment.getAdvocate();
        recommitment.confirm(Instant.now(clock));
        advocate.recommitted(advocate.today(clock));
        audit.record(actor, "recommitment.confirmed", RecommitmentCampaigns.AUDIT_ENTITY, recommitmentId,
                "advocate=" + advocate.getId());
    }

    /**
     * Another commitment year in a different tier. Tiers that come with a written agreement (Tier 1) are agreed
     * with staff, not chosen here.
     */
    @Transactional
    public void changeTier(Long recommitmentId, Long tierId, String actor) {
        var recommitment = open(recommitmentId);
        var tier = tiers.findById(tierId)
                .orElseThrow(() -> new RecordNotFoundException("program.tiers.notFound", tierId));
        if (tier.isAgreementRequired()) {
            throw new DomainRuleException("program.recommitment.tierNeedsAgreement", tier.getName());
        }
        var advocate = recommitment.getAdvocate();
        var before = advocate.getTier();
        recommitment.confirm(Instant.now(clock));
        advocate.recommitted(advocate.today(clock));
        advocate.assignTier(tier);
        audit.record(actor, "recommitment.confirmed-tier-changed", RecommitmentCampaigns.AUDIT_ENTITY,
                recommitmentId, "advocate=" + advocate.getId() + ", tier "
                        + (before == null ? "none" : before.getName()) + " -> " + tier.getName());
    }

    /**
     * The advocate does not recommit: out of matching as LAPSED, the same as not answering, but on record for
     * staff (WITHDRAWN is reserved for the privacy withdrawal, which also anonymises).
     */
    @Transactional
    public void decline(Long recommitmentId, String actor) {
        var recommitment = open(recommitmentId);
        var advocate = recommitment.getAdvocate();
        recommitment.decline(Instant.now(clock));
        var before = advocate.getStatus();
        if (RecommitmentCampaigns.IN_PROGRAM.contains(before)) {
            advocate.changeStatus(AdvocateStatus.LAPSED);
        }
        audit.record(actor, "recommitment.declined", RecommitmentCampaigns.AUDIT_ENTITY, recommitmentId,
                "advocate=" + advocate.getId() + ", status " + before + " -> " + advocate.getStatus());
    }

    /** The signed-in advocate's unanswered recommitment, if any, with the tiers they may choose. */
    @Transactional
    public Optional<OpenRecommitment> mine(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        return recommitments.findFirstByAdvocateIdAndStatusOrderBySentAtDesc(advocate.getId(), RecommitmentStatus.SENT)
                .map(recommitment -> new OpenRecommitment(recommitment.getId(), recommitment.getDueOn(),
                        advocate.getTier() == null ? null : advocate.getTier().getName(),
                        tiers.findAll(Sort.by("rank")).stream()
                                .filter(tier -> !tier.isAgreementRequired() && !tier.equals(advocate.getTier()))
                                .map(tier -> new OpenRecommitment.TierChoice(tier.getId(), tier.getName(),
                                        tier.getExpectedActivitiesPerYear()))
                                .toList()));
    }

    @Transactional
    public void confirmMine(SignedInUser user) {
        confirm(myOpenId(user), user.email());
    }

    @Transactional
    public void changeTierMine(SignedInUser user, Long tierId) {
        changeTier(myOpenId(user), tierId, user.email());
    }

    @Transactional
    public void declineMine(SignedInUser user) {
        decline(myOpenId(user), user.email());
    }

    /**
     * The advocate's own recommitment while it is unanswered: what an email link, which names both, may act on.
     *
     * @throws RecordNotFoundException if there is none or it belongs to someone else
     * @throws DomainConflictException if it was answered already
     */
    @Transactional(readOnly = true)
    public Recommitment openOf(Long advocateId, Long recommitmentId) {
        var recommitment = open(recommitmentId);
        if (!recommitment.getAdvocate().getId().equals(advocateId)) {
            throw new RecordNotFoundException("program.recommitment.notFound", recommitmentId);
        }
        return recommitment;
    }

    private Long myOpenId(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        return recommitments.findFirstByAdvocateIdAndStatusOrderBySentAtDesc(advocate.getId(), RecommitmentStatus.SENT)
                .map(Recommitment::getId)
                .orElseThrow(() -> new DomainConflictException("program.recommitment.noneOpen"));
    }

    private Recommitment open(Long recommitmentId) {
        var recommitment = recommitments.findById(recommitmentId)
                .orElseThrow(() -> new RecordNotFoundException("program.recommitment.notFound", recommitmentId));
        if (recommitment.getStatus() != RecommitmentStatus.SENT) {
            throw new DomainConflictException("program.recommitment.alreadyAnswered",
                    new DefaultMessageSourceResolvable(Labels.key(recommitment.getStatus())));
        }
        return recommitment;
    }
}
