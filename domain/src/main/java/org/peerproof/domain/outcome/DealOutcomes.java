package org.peerproof.domain.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.domain.shared.DomainRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Deal outcomes, one per opportunity, reached through a reference request for it: sales for their own requests'
 * opportunities, program managers and admins for all (see {@link VisibleRequests}).
 */
@Service
@Validated
public class DealOutcomes {

    static final String AUDIT_ENTITY = "DealOutcome";
    static final String RECORDED = "outcome.recorded";

    private final DealOutcomeRepository outcomes;
    private final VisibleRequests visible;
    private final ReferenceRequestRepository requests;
    private final AskRepository asks;
    private final AuditTrail audit;

    public DealOutcomes(DealOutcomeRepository outcomes, VisibleRequests visible, ReferenceRequestRepository requests,
                        AskRepository asks, AuditTrail audit) {
        this.outcomes = outcomes;
        this.visible = visible;
        this.requests = requests;
        this.asks = asks;
        this.audit = audit;
    }

    /** The outcome of the request's opportunity, if one was recorded. */
    @Transactional(readOnly = true)
    public Optional<DealOutcomeView> forRequest(SignedInUser user, Long requestId) {
        var request = visible.require(user, requestId);
        return outcomes.findByOpportunityId(request.getOpportunityId()).map(DealOutcomeView::of);
    }

    /**
     * Creates or replaces the outcome of the request's opportunity. It is linked to every accepted or completed ask
     * of the opportunity's requests at this moment; the days in cycle run from the opportunity's first request to
     * the close date.
     */
    @Transactional
    public DealOutcomeView record(SignedInUser user, @NotNull Long requestId, @NotNull @Valid DealOutcomeForm form) {
        var opportunityId = visible.require(user, requestId).getOpportunityId();
        var closed = form.result() != DealResult.OPEN;
        if (closed && form.closeDate() == null) {
            throw new DomainRuleException("outcome.closeDate.required");
        }
        Integer daysInCycle = null;
        if (closed) {
            var firstRequestedOn = LocalDate.ofInstant(requests.findFirstByOpportunityIdOrderByCreatedAtAscIdAsc(
                    opportunityId).orElseThrow().getCreatedAt(), ZoneOffset.UTC);
            if (form.closeDate().isBefore(firstRequestedOn)) {
                throw new DomainRuleException("outcome.closeDate.beforeFirstRequest", firstRequestedOn);
            }
            daysInCycle = Math.toIntExact(ChronoUnit.DAYS.between(firstRequestedOn, form.closeDate()));
        }
        var outcome = outcomes.findByOpportunityId(opportunityId).orElseGet(() -> new DealOutcome(opportunityId));
        outcome.close(form.result(), form.amount(), form.closeDate(), daysInCycle);
        outcome.influencedOnlyBy(asks.findByOpportunityAndStatusIn(opportunityId, AskStatus.takingASlot()));
        var saved = outcomes.save(outcome);
        audit.record(user.email(), RECORDED, AUDIT_ENTITY, saved.getId(), "result=" + form.result());
        return DealOutcomeView.of(saved);
    }
}
