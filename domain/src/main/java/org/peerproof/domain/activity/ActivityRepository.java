package org.peerproof.domain.activity;

import java.time.LocalDate;
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

    /**
     * {@link #findHistory} in keyset pages from the (advocate, occurred on) index: after (occurredOn, id), or from
     * the newest when {@code fromStart} (the position is then ignored).
     */
    @Query("""
            select a from Activity a left join fetch a.request
            where a.advocate.id = :advocateId
              and (:fromStart = true or a.occurredOn < :occurredOn or (a.occurredOn = :occurredOn and a.id < :id))
            order by a.occurredOn desc, a.id desc""")
    List<Activity> findHistoryPage(Long advocateId, boolean fromStart, LocalDate occurredOn, long id, Limit limit);

    /** The advocate's effort per day from {@code from} to {@code to}, both included, on the days with activities. */
    @Query("""
            select new org.peerproof.domain.activity.DailyEffort(a.occurredOn, sum(a.effortWeight)) from Activity a
            where a.advocate.id = :advocateId and a.occurredOn >= :from and a.occurredOn <= :to
            group by a.occurredOn""")
    List<DailyEffort> findDailyEffort(Long advocateId, LocalDate from, LocalDate to);

    /** The days of the advocate's activities after {@code from}, e.g. the last twelve months for a commitment year. */
    @Query("select a.occurredOn from Activity a where a.advocate.id = :advocateId and a.occurredOn > :from")
    List<LocalDate> findDatesAfter(Long advocateId, LocalDate from);

    @Query("""
            select new org.peerproof.domain.activity.LatestActivity(a.occurredOn, a.type, t.heavy)
            from Activity a join ActivityType t on t.code = a.type
            where a.advocate.id = :advocateId
            order by a.occurredOn desc, a.id desc""")
    List<LatestActivity> findLatestFirst(Long advocateId, Limit limit);
}
