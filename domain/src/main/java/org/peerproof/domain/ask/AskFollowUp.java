package org.peerproof.domain.ask;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityCompleted;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.i18n.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What staff do with an ask once it is out: program staff withdraw it; after the call, the request's owner or
 * program staff record how it went. An ask is reached only through a request the user may see.
 */
@Service
@Validated
public class AskFollowUp {

    static final String WITHDRAWN = "ask.withdrawn";
    static final String CALL_RECORDED = "ask.callRecorded";
    static final String CALL_MISSED = "ask.callMissed";

    private final AskRepository asks;
    private final ActivityRepository activities;
    private final ActivityTypeRepository activityTypes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AskFollowUp(AskRepository asks, ActivityRepository activities,
                       ActivityTypeRepository activityTypes, AuditTrail audit, ApplicationEventPublisher events,
                       Clock clock) {
        this.asks = asks;
        this.activities = activities;
        this.activityTypes = activityTypes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes back a pending or accepted ask (program managers, admins); it then no longer counts toward the cap.
     * A request left with no pending or accepted ask goes back to MATCHING.
     */
    @Transactional
    public void withdraw(SignedInUser user, @NotNull Long askId) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins withdraw asks");
        }
        var ask = visibleAsk(user, askId);
        if (ask.getStatus() != AskStatus.PENDING && ask.getStatus() != AskStatus.ACCEPTED) {
            throw new DomainConflictException("ask.withdraw.notOpen", label(ask.getStatus()));
        }
        ask.withdraw();
        var request = ask.getRequest();
        if (request.getStatus() == RequestStatus.ASKED
                && !asks.existsByRequestIdAndStatusIn(request.getId(), EnumSet.of(AskStatus.PENDING, AskStatus.ACCEPTED))) {
            // Staff took the ask back, so staff choose who is next: the request waits in their queue.
            request.changeStatus(RequestStatus.MATCHING);
        }
        audit.record(user.email(), WITHDRAWN, AskResponses.AUDIT_ENTITY, ask.getId(), null);
        events.publishEvent(new AskWithdrawn(ask.getId()));
    }

    /**
     * Records an accepted ask's call. When it happened the ask is completed, the advocate's {@link Activity} of the
     * request's type is created (rest periods, tiers and rewards count it) and the request is fulfilled. When it
     * did not, the ask stays accepted with that noted, so the call can still be rescheduled and recorded later, or
     * staff withdraw the ask and the request goes to someone else.
     */
    @Transactional
    public void recordCall(SignedInUser user, @NotNull Long askId, @NotNull @Valid CallOutcomeForm form) {
        var ask = visibleAsk(user, askId);
        if (ask.getStatus() != AskStatus.ACCEPTED) {
            throw new DomainConflictException("ask.call.notAccepted", label(ask.getStatus()));
        }
        var feedback = form.prospectFeedback() == null || form.prospectFeedback().isBlank() ? null
                : form.prospectFeedback().strip();
        if (!form.callHappened()) {
            ask.recordFeedback(false, feedback, null);
            audit.record(user.email(), CALL_MISSED, AskResponses.AUDIT_ENTITY, ask.getId(), null);
            return;
        }
        if (form.occurredOn() == null) {
            throw new DomainRuleException("ask.call.occurredOn.required");
        }
        if (form.occurredOn().isAfter(ask.getAdvocate().today(clock))) {
            throw new DomainRuleException("ask.call.occurredOn.future");
        }
        var now = Instant.now(clock);
        ask.recordFeedback(true, feedback, form.prospectScore());
        ask.complete();
        var request = ask.getRequest();
        var type = activityTypes.findById(request.getActivityType()).orElseThrow();
        var activity = activities.save(Activity.fulfilling(ask, type, form.occurredOn(), user.email(), now));
        if (request.getStatus() != RequestStatus.FULFILLED) {
            request.fulfil(now);
        }
        audit.record(user.email(), CALL_RECORDED, AskResponses.AUDIT_ENTITY, ask.getId(), "activity=" + activity.getId());
        events.publishEvent(new ActivityCompleted(activity.getId()));
    }

    private Ask visibleAsk(SignedInUser user, Long askId) {
        return asks.findById(askId).filter(ask -> VisibleRequests.maySee(user, ask.getRequest()))
                .orElseThrow(() -> new RecordNotFoundException("ask.notFound", askId));
    }

    /** The status as the person reads it: Spring resolves a resolvable argument in their language. */
    private static DefaultMessageSourceResolvable label(AskStatus status) {
        return new DefaultMessageSourceResolvable(Labels.key(status));
    }
}
