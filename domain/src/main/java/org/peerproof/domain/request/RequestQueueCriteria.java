package org.peerproof.domain.request;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;

/**
 * The one definition of a request's {@link RequestProgress}, as a query expression so the queue filters, sorts and
 * pages by it in the database: a fulfilled or cancelled request is that; otherwise an accepted ask decides (no call
 * time yet, call time passed, call time to come, in that order of precedence when there are several); otherwise the
 * request's own status.
 */
final class RequestQueueCriteria {

    private final CriteriaBuilder cb;
    private final CriteriaQuery<?> query;
    private final Root<ReferenceRequest> request;
    private final Instant now;

    RequestQueueCriteria(CriteriaBuilder cb, CriteriaQuery<?> query, Root<ReferenceRequest> request, Instant now) {
        this.cb = cb;
        this.query = query;
        this.request = request;
        this.now = now;
    }

    /** The progress as its ordinal. */
    Expression<Integer> progress() {
        return byProgress(RequestProgress::ordinal);
    }

    /** The queue's order: needing action first, then waiting, then closed; then soonest needed; then oldest. */
    void orderForQueue() {
        query.orderBy(cb.asc(byProgress(progress -> progress.attention().ordinal())),
                cb.asc(request.get("neededBy")), cb.asc(request.get("id")));
    }

    /**
     * The requests after the one in this group with this needed-by date and id, in {@link #orderForQueue the
     * queue's order}. The derived group is written once: 2 for a later group, 1 for the same, 0 for an earlier one,
     * plus 1 when the request comes later within a group; after means at least 2.
     */
    Predicate after(RequestProgress.Attention attention, LocalDate neededBy, long id) {
        Path<LocalDate> needed = request.get("neededBy");
        var later = cb.or(cb.greaterThan(needed, neededBy),
                cb.and(cb.equal(needed, neededBy), cb.greaterThan(request.<Long>get("id"), id)));
        if (attention == RequestProgress.Attention.CLOSED) {
            // Only closed requests follow a closed one, and their status says so: the (status, needed_by) index
            // answers these pages, most of a long queue, without deriving anyone's progress.
            return cb.and(request.get("status").in(RequestStatus.FULFILLED, RequestStatus.CANCELLED),
                    cb.greaterThanOrEqualTo(needed, neededBy), later);
        }
        var group = byProgress(progress -> Integer.signum(progress.attention().compareTo(attention)) + 1);
        return cb.ge(cb.sum(group, cb.<Integer>selectCase().when(later, 1).otherwise(0)), 2);
    }

    /** The conditions of the filter, for a user who sees only requests filed by {@code onlyOwner} (null: all). */
    Predicate matching(RequestQueueFilter filter, String onlyOwner) {
        var conditions = new ArrayList<Predicate>();
        if (onlyOwner != null) {
            conditions.add(cb.equal(cb.lower(request.get("requestedBy")), onlyOwner.toLowerCase(Locale.ROOT)));
        }
        if (filter.owner() != null) {
            conditions.add(cb.equal(cb.lower(request.get("requestedBy")), filter.owner().toLowerCase(Locale.ROOT)));
        }
        if (filter.dealStage() != null) {
            conditions.add(cb.equal(request.get("dealStage"), filter.dealStage()));
        }
        if (!filter.progress().isEmpty()) {
            conditions.add(cb.equal(byProgress(progress -> filter.progress().contains(progress) ? 1 : 0), 1));
        }
        if (filter.text() != null) {
            var pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
            conditions.add(cb.or(cb.like(cb.lower(request.get("prospectCompany")), pattern, '\\'),
                    cb.like(cb.lower(request.get("opportunityId")), pattern, '\\')));
        }
        return cb.and(conditions.toArray(Predicate[]::new));
    }

    Predicate idIs(Long id) {
        return cb.equal(request.get("id"), id);
    }

    /** A case expression giving each progress's value, built from the rule above. */
    private Expression<Integer> byProgress(Function<RequestProgress, Integer> value) {
        var status = request.<RequestStatus>get("status");
        return cb.<Integer>selectCase()
                .when(cb.equal(status, RequestStatus.FULFILLED), value.apply(RequestProgress.FULFILLED))
                .when(cb.equal(status, RequestStatus.CANCELLED), value.apply(RequestProgress.CANCELLED))
                .when(acceptedAsk(scheduledAt -> cb.isNull(scheduledAt)), value.apply(RequestProgress.ACCEPTED))
                .when(acceptedAsk(scheduledAt -> cb.lessThanOrEqualTo(scheduledAt, now)),
                        value.apply(RequestProgress.CALL_TO_RECORD))
                .when(acceptedAsk(scheduledAt -> cb.greaterThan(scheduledAt, now)), value.apply(RequestProgress.SCHEDULED))
                .when(cb.equal(status, RequestStatus.NEW), value.apply(RequestProgress.NEW))
                .when(cb.equal(status, RequestStatus.MATCHING), value.apply(RequestProgress.MATCHING))
                .when(cb.equal(status, RequestStatus.ASKED), value.apply(RequestProgress.ASKED))
                .otherwise(value.apply(RequestProgress.UNFULFILLED));
    }

    /**
     * Whether the request has an accepted ask whose call time is so. Not correlated, so the database reads the few
     * accepted asks once rather than every request's asks (issue 15: on the benchmark data, 20,000 requests and
     * 208,000 asks in MariaDB, the queue's first page took 210 ms with a correlated EXISTS and 29 ms with this).
     */
    private Predicate acceptedAsk(Function<Path<Instant>, Predicate> scheduled) {
        var subquery = query.subquery(Long.class);
        var ask = subquery.from(Ask.class);
        subquery.select(ask.get("request").<Long>get("id")).where(cb.equal(ask.get("status"), AskStatus.ACCEPTED),
                scheduled.apply(ask.get("scheduledAt")));
        return request.<Long>get("id").in(subquery);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
