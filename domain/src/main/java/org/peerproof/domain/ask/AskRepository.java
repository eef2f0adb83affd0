package org.peerproof.domain.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AskRepository extends JpaRepository<Ask, Long> {

    /** Asks put to the advocate in [from, to) that count toward the quarterly cap. */
    default long countTowardCap(Long advocateId, Instant from, Instant to) {
        return countByAdvocateAskedBetween(advocateId, from, to, AskStatus.countingTowardCap());
    }

    @Query("""
            select count(a) from Ask a
            where a.advocate.id = :advocateId and a.askedAt >= :from and a.askedAt < :to and a.status in :statuses""")
    long countByAdvocateAskedBetween(Long advocateId, Instant from, Instant to, Collection<AskStatus> statuses);

    /** Like {@link #countByAdvocateAskedBetween} but leaving one ask out, e.g. the one being answered. */
    @Query("""
            select count(a) from Ask a
            where a.advocate.id = :advocateId and a.askedAt >= :from and a.askedAt < :to and a.status in :statuses
              and a.id <> :excludedAskId""")
    long countOthersAskedBetween(Long advocateId, Instant from, Instant to, Collection<AskStatus> statuses,
                                 Long excludedAskId);

    List<Ask> findByAdvocateIdAndStatus(Long advocateId, AskStatus status);

    /** The advocate's asks, newest first (ties broken by id so the order is stable), e.g. for a decline streak. */
    @Query("select a from Ask a where a.advocate.id = :advocateId order by a.askedAt desc, a.id desc")
    List<Ask> findMostRecentByAdvocate(Long advocateId, Limit limit);

    /*
     * One advocate's asks in the four parts of AdvocateAskList's order, each read in keyset pages from the
     * (advocate, status, asked at) index: the advocate's asks only, sorted in the database, the page and one more
     * returned. fromStart ignores the position parameters (a first page).
     */

    /** Accepted asks with an agreed time, soonest first, after (at, neededBy, id). */
    @Query("""
            select a from Ask a join fetch a.request r
            where a.advocate.id = :advocateId and a.status = org.peerproof.domain.ask.AskStatus.ACCEPTED
              and a.scheduledAt is not null
              and (:fromStart = true or a.scheduledAt > :at or (a.scheduledAt = :at
                   and (r.neededBy > :neededBy or (r.neededBy = :neededBy and a.id > :id))))
            order by a.scheduledAt, r.neededBy, a.id""")
    List<Ask> findScheduledPage(Long advocateId, boolean fromStart, Instant at, LocalDate neededBy, long id,
                                Limit limit);

    /** Accepted asks without an agreed time, soonest needed first, after (neededBy, id). */
    @Query("""
            select a from Ask a join fetch a.request r
            where a.advocate.id = :advocateId and a.status = org.peerproof.domain.ask.AskStatus.ACCEPTED
              and a.scheduledAt is null
              and (:fromStart = true or r.neededBy > :neededBy or (r.neededBy = :neededBy and a.id > :id))
            order by r.neededBy, a.id""")
    List<Ask> findUnscheduledPage(Long advocateId, boolean fromStart, LocalDate neededBy, long id, Limit limit);

    /** Pending asks still open at {@code now}, expiring first, after (expiresAt, id). */
    @Query("""
            select a from Ask a join fetch a.request r
            where a.advocate.id = :advocateId and a.status = org.peerproof.domain.ask.AskStatus.PENDING
              and a.expiresAt > :now
              and (:fromStart = true or a.expiresAt > :expiresAt or (a.expiresAt = :expiresAt and a.id > :id))
            order by a.expiresAt, a.id""")
    List<Ask> findOpenPage(Long advocateId, Instant now, boolean fromStart, Instant expiresAt, long id,
                           Limit limit);

    /**
     * The asks that are over at {@code now} (anything not accepted or open, a pending one past its answer-by time
     * included), latest move first, after (movedAt, id): the advocate's answer, else the expiry of an expired or
     * lapsed ask, else when it was asked ({@link AdvocateAskView#lastMovedAt}).
     */
    @Query("""
            select a from Ask a join fetch a.request r
            where a.advocate.id = :advocateId and a.status <> org.peerproof.domain.ask.AskStatus.ACCEPTED
              and (a.status <> org.peerproof.domain.ask.AskStatus.PENDING or a.expiresAt <= :now)
              and (:fromStart = true
                   or coalesce(a.respondedAt, case when a.status in (org.peerproof.domain.ask.AskStatus.EXPIRED,
                          org.peerproof.domain.ask.AskStatus.PENDING) then a.expiresAt else a.askedAt end) < :movedAt
                   or (coalesce(a.respondedAt, case when a.status in (org.peerproof.domain.ask.AskStatus.EXPIRED,
                          org.peerproof.domain.ask.AskStatus.PENDING) then a.expiresAt else a.askedAt end) = :movedAt
                       and a.id < :id))
            order by coalesce(a.respondedAt, case when a.status in (org.peerproof.domain.ask.AskStatus.EXPIRED,
                          org.peerproof.domain.ask.AskStatus.PENDING) then a.expiresAt else a.askedAt end) desc,
                     a.id desc""")
    List<Ask> findEarlierPage(Long advocateId, Instant now, boolean fromStart, Instant movedAt, long id,
                              Limit limit);

    /** How many asks are open for the advocate at {@code now}: pending and not past their answer-by time. */
    @Query("""
            select count(a) from Ask a
            where a.advocate.id = :advocateId and a.status = org.peerproof.domain.ask.AskStatus.PENDING
              and a.expiresAt > :now""")
    long countOpen(Long advocateId, Instant now);

    /** An advocate's own asks, newest first. */
    List<Ask> findByAdvocateIdOrderByAskedAtDesc(Long advocateId);

    /** One ask, only if it was put to this advocate: the ownership check is part of the query. */
    Optional<Ask> findByIdAndAdvocateId(Long id, Long advocateId);

    /** A request's asks in the order they went out, with the advocate and their company. */
    @Query("""
            select a from Ask a join fetch a.advocate adv join fetch adv.account
            where a.request.id = :requestId order by a.askedAt, a.id""")
    List<Ask> findByRequestWithAdvocates(Long requestId);

    /** The advocates a request has already gone to, in any status: none of them is asked again. */
    @Query("""
            select new org.peerproof.domain.ask.AdvocateAskStatus(a.advocate.id, a.status) from Ask a
            where a.request.id = :requestId""")
    List<AdvocateAskStatus> findAdvocateStatusesByRequest(Long requestId);

    /** Whether the request still has an ask in one of these statuses, e.g. one that may yet lead to a call. */
    boolean existsByRequestIdAndStatusIn(Long requestId, Collection<AskStatus> statuses);

    /** Open asks whose answer time ran out, oldest first. */
    List<Ask> findByStatusAndExpiresAtLessThanEqualOrderByExpiresAtAscIdAsc(AskStatus status, Instant now);

    /** The asks for an opportunity's requests in these statuses, e.g. those that influenced the deal. */
    @Query("select a from Ask a where a.request.opportunityId = :opportunityId and a.status in :statuses")
    List<Ask> findByOpportunityAndStatusIn(String opportunityId, Collection<AskStatus> statuses);

    /** A request goes to the same advocate at most once. */
    boolean existsByRequestIdAndAdvocateId(Long requestId, Long advocateId);
}
