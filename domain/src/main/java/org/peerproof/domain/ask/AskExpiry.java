package org.peerproof.domain.ask;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule 4: an ask nobody answered in time expires, and its request moves to the next match (so does a request
 * whose asks were all declined). Driven by
 * {@link AskExpiryJob}; each step is its own transaction so one request's trouble does not hold up the others.
 */
@Service
public class AskExpiry {

    static final String EXPIRED = "ask.expired";
    static final String REQUEST_AUDIT_ENTITY = "ReferenceRequest";
    static final String NEEDS_MATCHING = "request.needsMatching";
    static final String UNFULFILLED = "request.unfulfilled";

    /** A request with one of these asks is still on its way to a call: it waits rather than moving on. */
    private static final Set<AskStatus> IN_PROGRESS = EnumSet.of(AskStatus.PENDING, AskStatus.ACCEPTED);
    private static final Set<RequestStatus> CLOSED =
            EnumSet.of(RequestStatus.FULFILLED, RequestStatus.UNFULFILLED, RequestStatus.CANCELLED);
    /** Candidates offered to the dispatch at a time when the program asks the next match itself. */
    private static final int CANDIDATES_PER_TRY = 20;

    private final AskRepository asks;
    private final ReferenceRequestRepository requests;
    private final MatchingService matching;
    private final AskDispatch dispatch;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean askNextMatchAutomatically;

    public AskExpiry(AskRepository asks, ReferenceRequestRepository requests, MatchingService matching,
                     AskDispatch dispatch, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                     @Value("${peerproof.asks.ask-next-match-automatically:true}") boolean askNextMatchAutomatically) {
        this.asks = asks;
        this.requests = requests;
        this.matching = matching;
        this.dispatch = dispatch;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.askNextMatchAutomatically = askNextMatchAutomatically;
    }

    /** Expires every pending ask whose expiry has come. */
    @Transactional
    public void expireDue() {
        for (var ask : asks.findByStatusAndExpiresAtLessThanEqualOrderByExpiresAtAscIdAsc(AskStatus.PENDING,
                Instant.now(clock))) {
            ask.expire();
            audit.record(AuditTrail.SYSTEM_ACTOR, EXPIRED, AskResponses.AUDIT_ENTITY, ask.getId(), null);
            events.publishEvent(new AskExpired(ask.getId()));
        }
    }

    /**
     * Requests that were asked but whose asks all ended without a yes (expired or declined), soonest needed first:
     * the ones {@link #moveToNextMatch} moves on. A withdrawal does not land a request here: staff who take an
     * ask back choose the next advocate themselves (see {@link AskFollowUp#withdraw}).
     */
    @Transactional(readOnly = true)
    public List<Long> requestsWaitingForNextMatch() {
        return requests.findIdsWithoutAsksIn(RequestStatus.ASKED, IN_PROGRESS);
    }

    /**
     * A request whose asks all ended without a yes goes to the best-ranked advocate not asked yet (when the program
     * asks automatically, the default). When nobody is left, or the program leaves the choice to staff, it waits in
     * MATCHING for the program manager; once its needed-by date has passed, it is UNFULFILLED instead.
     * Open or finished requests are left alone.
     *
     * @return the request's status afterwards
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RequestStatus moveToNextMatch(Long requestId) {
        var request = requests.findById(requestId).orElseThrow();
        if (CLOSED.contains(request.getStatus()) || asks.existsByRequestIdAndStatusIn(requestId, IN_PROGRESS)) {
            return request.getStatus();
        }
        var now = Instant.now(clock);
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (request.getNeededBy().isBefore(today)) {
            request.changeStatus(RequestStatus.UNFULFILLED);
            audit.record(AuditTrail.SYSTEM_ACTOR, UNFULFILLED, REQUEST_AUDIT_ENTITY, requestId, null);
            return request.getStatus();
        }
        if (askNextMatchAutomatically && askBestAskable(requestId, now)) {
            return request.getStatus();
        }
        request.changeStatus(RequestStatus.MATCHING);
        audit.record(AuditTrail.SYSTEM_ACTOR, NEEDS_MATCHING, REQUEST_AUDIT_ENTITY, requestId, null);
        return request.getStatus();
    }

    /**
     * Offers the ranking a page at a time, best first: the best askable advocate nearly always takes the ask, and
     * ranking everyone whole would turn every matchable advocate into a candidate (issue 15).
     */
    private boolean askBestAskable(Long requestId, Instant now) {
        for (int offset = 0; ; offset += CANDIDATES_PER_TRY) {
            var page = matching.rankEligible(requestId, now, offset, CANDIDATES_PER_TRY);
            var askable = page.candidates().stream()
                    .filter(MatchCandidate::askable).map(MatchCandidate::advocateId).toList();
            if (dispatch.askFirstAskable(requestId, askable).isPresent()) {
                return true;
            }
            if (offset + CANDIDATES_PER_TRY >= page.total()) {
                return false;
            }
        }
    }
}
