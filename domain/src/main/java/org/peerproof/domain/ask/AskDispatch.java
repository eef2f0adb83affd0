package org.peerproof.domain.ask;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.calendar.BusinessDays;
import org.peerproof.domain.matching.EligibilityNow;
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
        var request = requests.findById(requestId).orElseThrow(() -> new RecordNotFoundException("request.notFound", requestId));
        if (request.getStatus() == RequestStatus.FULFILLED || request.getStatus() == RequestStatus.CANCELLED) {
            throw new DomainConflictException("ask.dispatch.requestClosed", request.getOpportunityId());
        }
        var expiryBusinessDays = settings.current().toRules().askExpiryBusinessDays();
        var now = Instant.now(clock);
        var sent = new ArrayList<Long>();
        for (var advocateId : advocateIds) {
            var advocate = advocates.lockById(advocateId)
                    .orElseThrow(() -> new RecordNotFoundException("advocate.notFound", advocateId));
            if (asks.existsByRequestIdAndAdvocateId(requestId, advocateId)) {
                throw new DomainConflictException("ask.dispatch.alreadyAsked", advocate.getName());
            }
            var eligibility = eligibilityNow.forNewAsk(advocate, request.getActivityType());
            if (!eligibility.eligible()) {
                throw new AdvocateNotAskableException(advocate.getName(), eligibility.reasons().getFirst());
            }
            var expiresAt = BusinessDays.add(now, expiryBusinessDays, advocate.getTimeZone());
            var ask = asks.save(new Ask(request, advocate, now, expiresAt));
            audit.record(user.email(), ASKED, AUDIT_ENTITY, ask.getId(), "request=" + requestId);
            events.publishEvent(new AskSent(ask.getId()));
            sent.add(ask.getId());
        }
        if (!sent.isEmpty()) {
            request.changeStatus(RequestStatus.ASKED);
        }
        return sent;
    }
}
