package org.peerproof.domain.nomination;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByNomineeIdOrderByCreatedAtDesc(Long nomineeId);

    List<Nomination> findByNomineeIdAndStatusIn(Long nomineeId, Collection<NominationStatus> statuses);

    /**
     * Nominations with their nominee and account, newest first.
     *
     * @param status      {@code null} for every status
     * @param nominatedBy {@code null} for everyone's nominations
     */
    @Query("""
            select n from Nomination n join fetch n.nominee nominee left join fetch nominee.account
            where (:status is null or n.status = :status)
              and (:nominatedBy is null or lower(n.nominatedBy) = lower(:nominatedBy))
            order by n.createdAt desc, n.id desc""")
    List<Nomination> findListed(NominationStatus status, String nominatedBy);
}
