package org.peerproof.domain.ask;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An advocate answers an ask (rule 4): only their own, only while it is open; signed in, or through a verified
 * email action link ({@link AskLinkHandlers}), both by the same rules.
 */
@Service
@Validated
public class AskResponses {

    /** The audit trail's entity type for asks. */
    public static final String AUDIT_ENTITY = "Ask";
    static final String ACCEPTED = "ask.accepted";
    static final String DECLINED = "ask.declined";

    private final AdvocateSignUpService signUp;
    private final AdvocateRepository advocates;
    private final AskRepository asks;
    private final EligibilityNow eligibilityNow;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AskResponses(AdvocateSignUpService signUp, AdvocateRepository advocates, AskRepository asks,
                        EligibilityNow eligibilityNow, AuditTrail audit, ApplicationEventPublisher events,
                        Clock clock) {
        this.signUp = signUp;
        this.advocates = advocates;
        this.asks = asks;
        this.eligibilityNow = eligibilityNow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts after checking rule 1 again. Accepts of one advocate run one at a time (a lock on their row), and
     * READ COMMITTED lets the second one count the slot the first just took: under MySQL's default REPEATABLE
     * READ it would still count from the snapshot its first read took before waiting for the lock.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AdvocateAskView accept(SignedInUser user, @NotNull Long askId) {
        return accept(signUp.advocateFor(user).getId(), askId, user.email());
    }

    @Transactional
    public AdvocateAskView decline(SignedInUser user, @NotNull Long askId, @NotNull @Valid DeclineForm form) {
        return decline(signUp.advocateFor(user), askId, form.reason(), user.email());
    }

    /**
     * The accept of an email action link, already verified to be this advocate's: the same rules as signing in
     * and accepting. The caller's transaction must be READ COMMITTED (see {@link #accept(SignedInUser, Long)}).
     */
    AdvocateAskView acceptByLink(Long advocateId, Long askId) {
        return accept(advocateId, askId, advocates.findById(advocateId).orElseThrow().getEmail());
    }

    /** The decline of an email action link, with the optional reason given on its confirm page, already verified to be this advocate's. */
    AdvocateAskView declineByLink(Long advocateId, Long askId, String reason) {
        var advocate = advocates.findById(advocateId).orElseThrow();
        return decline(advocate, askId, reason, advocate.getEmail());
    }

    /** The ask the link would answer, if it still can be answered by this advocate. */
    Ask openAskOf(Long advocateId, Long askId) {
        return openAsk(advocates.findById(advocateId).orElseThrow(() -> new RecordNotFoundException("ask.notFound", askId)),
                askId);
    }

    private AdvocateAskView accept(Long advocateId, Long askId, String actor) {
        var advocate = advocates.lockById(advocateId).orElseThrow();
        var ask = openAsk(advocate, askId);
        var now = Instant.now(clock);
        var eligibility = eligibilityNow.forAccepting(ask);
        if (!eligibility.eligible()) {
            throw new AskNotEligibleException(eligibility.reasons().getFirst());
        }
        ask.accept(now);
        ask.getRequest().matched(now);
        audit.record(actor, ACCEPTED, AUDIT_ENTITY, ask.getId(), null);
        events.publishEvent(new AskAnswered(ask.getId()));
        return AdvocateAskView.of(ask);
    }

    private AdvocateAskView decline(Advocate advocate, Long askId, String givenReason, String actor) {
        var ask = openAsk(advocate, askId);
        var reason = givenReason == null || givenReason.isBlank() ? null : givenReason.strip();
        ask.decline(reason, Instant.now(clock));
        audit.record(actor, DECLINED, AUDIT_ENTITY, ask.getId(), reason == null ? null : "withReason");
        events.publishEvent(new AskAnswered(ask.getId()));
        return AdvocateAskView.of(ask);
    }

    private Ask openAsk(Advocate advocate, Long askId) {
        var ask = asks.findByIdAndAdvocateId(askId, advocate.getId())
                .orElseThrow(() -> new RecordNotFoundException("ask.notFound", askId));
        if (ask.getStatus() != AskStatus.PENDING) {
            throw new AskNoLongerOpenException(ask.getStatus());
        }
        if (!ask.getExpiresAt().isAfter(Instant.now(clock))) {
            // The expiry job may not have run yet; a late answer must not count.
            throw new AskNoLongerOpenException(AskStatus.EXPIRED);
        }
        return ask;
    }
}
