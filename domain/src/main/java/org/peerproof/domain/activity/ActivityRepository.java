package org.peerproof.domain.activity;

import java.util.List;
import java.util.Optional;
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
}
