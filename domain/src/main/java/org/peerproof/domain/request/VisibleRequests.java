package org.peerproof.domain.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reference requests the signed-in staff member may see: program managers and admins see the whole queue,
 * sales see only the requests they filed, everyone else none. Lists come in the queue's order (open work needing
 * action first, then waiting, then closed; soonest needed first within each), filtered and paged in the database.
 */
@Service
@Validated
public class VisibleRequests {

    private final ReferenceRequestRepository requests;
    private final EntityManager entityManager;
    private final Clock clock;

    public VisibleRequests(ReferenceRequestRepository requests, EntityManager entityManager, Clock clock) {
        this.requests = requests;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Every request the user may see, in the queue's order (for the export). */
    @Transactional(readOnly = true)
    public List<StaffRequestView> list(SignedInUser user) {
        return page(user, RequestQueueFilter.none(), 0, Integer.MAX_VALUE);
    }

    /** One page of the user's queue narrowed by the filter. */
    @Transactional(readOnly = true)
    public List<StaffRequestView> page(SignedInUser user, @NotNull @Valid RequestQueueFilter filter,
                                       @Min(0) int offset, @Min(1) int limit) {
        var onlyOwner = onlyOwner(user);
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var request = query.from(ReferenceRequest.class);
        var criteria = new RequestQueueCriteria(cb, query, request, Instant.now(clock));
        query.multiselect(request, criteria.progress()).where(criteria.matching(filter, onlyOwner));
        criteria.orderForQueue();
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(VisibleRequests::row).toList();
    }

    /**
     * Up to {@code limit} requests of the user's queue narrowed by the filter, after {@code after} (from the start
     * when empty), in the queue's order (issue 15). The queue's first key is derived from the asks and the clock
     * ({@link RequestQueueCriteria}), so no index holds the order: the cursor carries the group (needing action,
     * waiting, closed), needed-by date and id of the last row, and the next page is the rows after that triple,
     * still restricted to what the user may see. A forged cursor only moves where the user's own queue continues.
     *
     * @throws ForeignPageCursorException for a cursor that is not one of the request queue
     */
    @Transactional(readOnly = true)
    public PageCursor.Page<StaffRequestView> pageAfter(SignedInUser user, @NotNull @Valid RequestQueueFilter filter,
                                                       Optional<PageCursor> after, int limit) {
        PageCursor.checkLimit(limit);
        var onlyOwner = onlyOwner(user);
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var request = query.from(ReferenceRequest.class);
        var criteria = new RequestQueueCriteria(cb, query, request, Instant.now(clock));
        var matching = criteria.matching(filter, onlyOwner);
        query.multiselect(request, criteria.progress()).where(after
                .map(cursor -> cb.and(matching, cursor.read(2, parts -> criteria.after(
                        RequestProgress.Attention.valueOf(parts.get(0)), LocalDate.parse(parts.get(1)), cursor.id()))))
                .orElse(matching));
        criteria.orderForQueue();
        var rows = entityManager.createQuery(query).setMaxResults(limit + 1).getResultList().stream()
                .map(VisibleRequests::row).toList();
        return PageCursor.Page.of(rows, limit,
                row -> PageCursor.of(row.id(), row.progress().attention(), row.neededBy()));
    }

    /** How many requests the filter leaves of the user's queue. */
    @Transactional(readOnly = true)
    public long count(SignedInUser user, @NotNull @Valid RequestQueueFilter filter) {
        var onlyOwner = onlyOwner(user);
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var request = query.from(ReferenceRequest.class);
        var criteria = new RequestQueueCriteria(cb, query, request, Instant.now(clock));
        query.select(cb.count(request)).where(criteria.matching(filter, onlyOwner));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Who filed the requests the user may see, for the owner filter: everyone for program staff, sales themselves. */
    @Transactional(readOnly = true)
    public List<String> owners(SignedInUser user) {
        var onlyOwner = onlyOwner(user);
        return onlyOwner == null ? requests.findDistinctRequesters() : List.of(onlyOwner);
    }

    /** Empty when the request does not exist or is not the user's to see. */
    @Transactional(readOnly = true)
    public Optional<StaffRequestView> find(SignedInUser user, Long id) {
        return lookup(user, id).map(request -> StaffRequestView.of(request, progress(request.getId())));
    }

    /**
     * The request itself, for a service about to read or act on it on the user's behalf: call inside that
     * service's transaction.
     *
     * @throws RecordNotFoundException when it does not exist or is not the user's to see
     */
    @Transactional
    public ReferenceRequest require(SignedInUser user, Long id) {
        return lookup(user, id).orElseThrow(() -> new RecordNotFoundException("request.notFound", id));
    }

    /**
     * Where the request stands with its asks now: the same rule the queue sorts and filters by. Call inside the
     * caller's transaction.
     */
    RequestProgress progress(Long requestId) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Integer.class);
        var request = query.from(ReferenceRequest.class);
        var criteria = new RequestQueueCriteria(cb, query, request, Instant.now(clock));
        query.select(criteria.progress()).where(criteria.idIs(requestId));
        return RequestProgress.values()[entityManager.createQuery(query).getSingleResult()];
    }

    private Optional<ReferenceRequest> lookup(SignedInUser user, Long id) {
        return seesAll(user) ? requests.findById(id) : requests.findByIdAndRequestedByIgnoreCase(id, salesEmail(user));
    }

    private static StaffRequestView row(Tuple tuple) {
        return StaffRequestView.of(tuple.get(0, ReferenceRequest.class),
                RequestProgress.values()[tuple.get(1, Integer.class)]);
    }

    /** Null for program staff, who see every request; the sales rep's email for sales. */
    private static String onlyOwner(SignedInUser user) {
        return seesAll(user) ? null : salesEmail(user);
    }

    /** Whether the user may see this request, e.g. one reached through its ask. */
    public static boolean maySee(SignedInUser user, ReferenceRequest request) {
        return seesAll(user) || request.getRequestedBy().equalsIgnoreCase(salesEmail(user));
    }

    /** Program managers and admins see and manage every request; sales only their own. */
    public static boolean seesAll(SignedInUser user) {
        return user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
    }

    private static String salesEmail(SignedInUser user) {
        if (!user.hasRole(Roles.SALES) || user.email() == null) {
            throw new AccessDeniedException("Only sales, program managers and admins see reference requests");
        }
        return user.email();
    }
}
