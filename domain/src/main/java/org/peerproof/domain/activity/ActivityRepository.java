package org.peerproof.domain.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** The advocate's most recent activity; of two on the same day, the one logged last. */
    default Optional<LatestActivity> findLatest(Long advocateId) {
        return findLatestFirst(advocateId, Limit.of(1)).stream().findFirst();
    }

    /** An advocate's whole history, newest first; the request comes along for its prospect industry. */
    @Query("""
            select a from Activity a left join fetch a.request
            where a.advocate.id = :advocateId
            order by a.occurredOn desc, a.id desc""")
    List<Activity> findHistory(Long advocateId);

    @Query("""
            select new org.peerproof.domain.activity.LatestActivity(a.occurredOn, a.type, t.heavy)
            from Activity a join ActivityType t on t.code = a.type
            where a.advocate.id = :advocateId
            order by a.occurredOn desc, a.id desc""")
    List<LatestActivity> findLatestFirst(Long advocateId, Limit limit);

    /** {@link #findLatest} for many advocates in one query: advocate id to latest activity, for those with any. */
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
            select new org.peerproof.domain.activity.AdvocateLatestActivity(a.advocate.id, a.occurredOn, a.type, t.heavy)
            from Activity a join ActivityType t on t.code = a.type
            where a.id in (select max(x.id) from Activity x
                           where (x.advocate.id, x.occurredOn) in (select y.advocate.id, max(y.occurredOn)
                                                                   from Activity y
                                                                   where y.advocate.id in :advocateIds
                                                                   group by y.advocate.id)
                           group by x.advocate.id)""")
    List<AdvocateLatestActivity> findLatestOfEach(Collection<Long> advocateIds);
}
