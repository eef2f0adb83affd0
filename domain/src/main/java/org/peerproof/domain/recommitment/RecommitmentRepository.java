package org.peerproof.domain.recommitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommitmentRepository extends JpaRepository<Recommitment, Long> {

    List<Recommitment> findByAdvocateIdOrderBySentAtDesc(Long advocateId);

    Optional<Recommitment> findFirstByAdvocateIdAndStatusOrderBySentAtDesc(Long advocateId, RecommitmentStatus status);

    /** Advocates among {@code advocateIds} that already have an unanswered recommitment. */
    @Query("""
            select r.advocate.id from Recommitment r
            where r.status = org.peerproof.domain.recommitment.RecommitmentStatus.SENT and r.advocate.id in :advocateIds""")
    List<Long> findAdvocatesWithOpenRecommitment(Collection<Long> advocateIds);

    /** Unanswered recommitments due on or before {@code dueBy}, with their advocate, for the reminder and lapse job. */
    @Query("""
            select r from Recommitment r join fetch r.advocate
            where r.status = org.peerproof.domain.recommitment.RecommitmentStatus.SENT and r.dueOn <= :dueBy
            order by r.dueOn, r.id""")
    List<Recommitment> findOpenDueBy(LocalDate dueBy);

    @Query("select r.status, count(r) from Recommitment r group by r.status")
    List<Object[]> countByStatus();

    /** The board's list: in one status (or all when {@code status} is null), soonest due first. */
    @Query("""
            select r from Recommitment r join fetch r.advocate a left join fetch a.tier
            where :status is null or r.status = :status
            order by r.dueOn, r.id""")
    List<Recommitment> findForBoard(RecommitmentStatus status, Limit limit);
}
