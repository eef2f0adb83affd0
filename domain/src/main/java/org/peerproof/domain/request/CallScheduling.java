package org.peerproof.domain.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.i18n.Labels;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * After an advocate accepted, the request's owner (or program staff) contacts them and records the call time they
 * agreed; the request then reads "Scheduled" until the time passes, then "Call to record". A call can be moved.
 */
@Service
@Validated
public class CallScheduling {

    static final String SCHEDULED = "ask.callScheduled";

    private final AskRepository asks;
    private final AuditTrail audit;
    private final Clock clock;

    public CallScheduling(AskRepository asks, AuditTrail audit, Clock clock) {
        this.asks = asks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void schedule(SignedInUser user, @NotNull Long askId, @NotNull @Valid CallTimeForm form) {
        var ask = asks.findById(askId).filter(found -> VisibleRequests.maySee(user, found.getRequest()))
                .orElseThrow(() -> new RecordNotFoundException("ask.notFound", askId));
        if (ask.getStatus() != AskStatus.ACCEPTED) {
            throw new DomainConflictException("ask.schedule.notAccepted",
                    new DefaultMessageSourceResolvable(Labels.key(ask.getStatus())));
        }
        if (form.scheduledAt().isBefore(Instant.now(clock))) {
            throw new DomainRuleException("ask.schedule.scheduledAt.past");
        }
        ask.schedule(form.scheduledAt());
        audit.record(user.email(), SCHEDULED, AskResponses.AUDIT_ENTITY, ask.getId(), "at=" + form.scheduledAt());
    }
}
