package org.peerproof.domain.tier;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TierRepository extends JpaRepository<Tier, Long> {

    Optional<Tier> findByRank(int rank);
}
