package org.peerproof.domain.ask;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.calendar.BusinessDays;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a reference request to the advocates staff chose. Each one is checked against rule 1 again at this
 * moment (the ranking may be minutes old), under the same row lock accepting takes, so a cap cannot be
 * overrun by a parallel ask. All or nothing: one protected advocate stops the whole dispatch.
 */
@Service
public class AskDispatch {

    static final String AUDIT_ENTITY = "Ask";
    static final String ASKED = "ask.sent";

    private final ReferenceRequestRepository requests;
    private final AdvocateRepository advocates;
    private final AskRepository asks;
    private final EligibilityNow eligibilityNow;
    private final ProgramSettingsRepository settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AskDispatch(ReferenceRequestRepository requests, AdvocateRepository advocates, AskRepository asks,
                       EligibilityNow eligibilityNow, ProgramSettingsRepository settings, AuditTrail audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.advocates = advocates;
        this.asks = asks;
        this.eligibilityNow = eligibilityNow;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The ids of the new asks, in the order the advocates were given. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Long> ask(SignedInUser user, Long requestId, Collection<Long> advocateIds) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins send asks");
        }
        var request = openRequest(requestId);
        var sent = new ArrayList<Long>();
        for (var advocateId : advocateIds) {
            var advocate = lock(advocateId);
            if (asks.existsByRequestIdAndAdvocateId(requestId, advocateId)) {
                throw new DomainConflictException("ask.dispatch.alreadyAsked", advocate.getName());
            }
            var eligibility = eligibilityNow.forNewAsk(advocate, request.getActivityType());
            if (!eligibility.eligible()) {
                throw new AdvocateNotAskableException(advocate.getName(), eligibility.reasons().getFirst());
            }
            sent.add(send(request, advocate, user.email()));
        }
        if (!sent.isEmpty()) {
            request.changeStatus(RequestStatus.ASKED);
        }
        return sent;
    }

    /**
     * The program itself asks the first of {@code candidatesBestFirst} that has not been asked for the request and
     * that rule 1 lets be asked now, e.g. when the expiry job moves a request to its next match. Skips rather than
     * refuses, since a ranking is only a suggestion by the time the job acts on it.
     *
     * @return the new ask's id; empty when none of the candidates may be asked
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Optional<Long> askFirstAskable(Long requestId, List<Long> candidatesBestFirst) {
        var request = openRequest(requestId);
        for (var advocateId : candidatesBestFirst) {
            var advocate = lock(advocateId);
            if (!asks.existsByRequestIdAndAdvocateId(requestId, advocateId)
                    && eligibilityNow.forNewAsk(advocate, request.getActivityType()).eligible()) {
                var askId = send(request, advocate, AuditTrail.SYSTEM_ACTOR);
                request.changeStatus(RequestStatus.ASKED);
                return Optional.of(askId);
            }
        }
        return Optional.empty();
    }

    private ReferenceRequest openRequest(Long requestId) {
        var request = requests.findById(requestId).orElseThrow(() -> new RecordNotFoundException("request.notFound", requestId));
        if (request.getStatus() == RequestStatus.FULFILLED || request.getStatus() == RequestStatus.CANCELLED) {
            throw new DomainConflictException("ask.dispatch.requestClosed", request.getOpportunityId());
        }
        return request;
    }

    /** The advocate's row lock serialises this with their accepts and other dispatches (see the class comment). */
    private Advocate lock(Long advocateId) {
        return advocates.lockById(advocateId).orElseThrow(() -> new RecordNotFoundException("advocate.notFound", advocateId));
    }

    private Long send(ReferenceRequest request, Advocate advocate, String actor) {
        var now = Instant.now(clock);
        var expiryBusinessDays = settings.current().toRules().askExpiryBusinessDays();
        var expiresAt = BusinessDays.add(now, expiryBusinessDays, advocate.getTimeZone());
        var ask = asks.save(new Ask(request, advocate, now, expiresAt));
        audit.record(actor, ASKED, AUDIT_ENTITY, ask.getId(), "request=" + request.getId());
        events.publishEvent(new AskSent(ask.getId()));
        return ask.getId();
    }
}
