package org.peerproof.domain.tier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TierRepository extends JpaRepository<Tier, Long> {

    Optional<Tier> findByRank(int rank);

    /** Every tier with the activity types it allows, in one query. */
    @Query("select t from Tier t left join fetch t.allowedActivityTypes")
    List<Tier> findAllWithAllowedActivityTypes();
}
