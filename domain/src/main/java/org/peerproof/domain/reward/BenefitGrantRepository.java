package org.peerproof.domain.reward;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BenefitGrantRepository extends JpaRepository<BenefitGrant, Long> {

    List<BenefitGrant> findByAdvocateIdOrderByOfferedAtDesc(Long advocateId);

    /**
     * The advocate's grants newest first in keyset pages: after (offeredAt, id), or from the newest when
     * {@code fromStart} (the position is then ignored).
     */
    @Query("""
            select g from BenefitGrant g join fetch g.benefit
            where g.advocate.id = :advocateId
              and (:fromStart = true or g.offeredAt < :offeredAt or (g.offeredAt = :offeredAt and g.id < :id))
            order by g.offeredAt desc, g.id desc""")
    List<BenefitGrant> findPage(Long advocateId, boolean fromStart, Instant offeredAt, long id, Limit limit);
}
