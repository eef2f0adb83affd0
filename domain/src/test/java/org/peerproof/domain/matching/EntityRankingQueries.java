package org.peerproof.domain.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerproof.domain.activity.LatestActivity;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.tier.Tier;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The queries {@link EntityRanking} loads the program with, besides {@code AdvocateRepository.fetchProductsUsed}:
 * the matchable advocates, their other collections (one query per collection for all of them, since fetching several
 * in one query would multiply the rows), and grouped counts and latest activities. The application ranks and counts
 * target coverage from the {@link MatchIndex} instead (ADR 0004); these stay with the references it is compared to.
 */
public interface EntityRankingQueries extends Repository<Advocate, Long> {

    /** Advocates matching considers: active ones at accounts staff have reviewed, with account and tier. */
    @Query("""
            select a from Advocate a join fetch a.account account left join fetch a.tier
            where a.status = org.peerproof.domain.advocate.AdvocateStatus.ACTIVE and account.pendingReview = false""")
    List<Advocate> findMatchable();

    @Query("select a from Advocate a left join fetch a.consents where a.id in :advocateIds")
    List<Advocate> fetchConsents(Collection<Long> advocateIds);

    @Query("select a from Advocate a left join fetch a.blackouts where a.id in :advocateIds")
    List<Advocate> fetchBlackouts(Collection<Long> advocateIds);

    @Query("select a from Advocate a left join fetch a.languages where a.id in :advocateIds")
    List<Advocate> fetchLanguages(Collection<Long> advocateIds);

    @Query("select a from Advocate a left join fetch a.useCases where a.id in :advocateIds")
    List<Advocate> fetchUseCases(Collection<Long> advocateIds);

    /** Every tier with the activity types it allows, in one query. */
    @Query("select t from Tier t left join fetch t.allowedActivityTypes")
    List<Tier> findAllTiersWithAllowedActivityTypes();

    /** Asks toward the cap per advocate in [from, to), leaving out advocates without such asks. */
    default Map<Long, Long> countTowardCapByAdvocate(Collection<Long> advocateIds, Instant from, Instant to) {
        return countByAdvocatesAskedBetween(advocateIds, from, to, AskStatus.countingTowardCap()).stream()
                .collect(Collectors.toMap(AdvocateAskCount::advocateId, AdvocateAskCount::asks));
    }

    @Query("""
            select new org.peerproof.domain.matching.AdvocateAskCount(a.advocate.id, count(a)) from Ask a
            where a.advocate.id in :advocateIds and a.askedAt >= :from and a.askedAt < :to and a.status in :statuses
            group by a.advocate.id""")
    List<AdvocateAskCount> countByAdvocatesAskedBetween(Collection<Long> advocateIds, Instant from, Instant to,
                                                        Collection<AskStatus> statuses);

    /** The latest activity of each advocate given (as {@code ActivityRepository.findLatest}), for those with any. */
    default Map<Long, LatestActivity> findLatestByAdvocate(Collection<Long> advocateIds) {
        return findLatestOfEach(advocateIds).stream()
                .collect(Collectors.toMap(AdvocateLatestActivity::advocateId, AdvocateLatestActivity::latest));
    }

    /**
     * Each advocate's activity that no other of theirs follows, by day and then by the order it was logged. Grouped
     * (latest day per advocate from the (advocate, day) index, then the last logged on that day) rather than a
     * correlated NOT EXISTS, which MariaDB drove from the activity types and read every activity (issue 15).
     */
    @Query("""
            select new org.peerproof.domain.matching.AdvocateLatestActivity(a.advocate.id, a.occurredOn, a.type, t.heavy)
            from Activity a join ActivityType t on t.code = a.type
            where a.id in (select max(x.id) from Activity x
                           where (x.advocate.id, x.occurredOn) in (select y.advocate.id, max(y.occurredOn)
                                                                   from Activity y
                                                                   where y.advocate.id in :advocateIds
                                                                   group by y.advocate.id)
                           group by x.advocate.id)""")
    List<AdvocateLatestActivity> findLatestOfEach(Collection<Long> advocateIds);
}
