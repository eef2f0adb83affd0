package org.peerproof.domain.outcome;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealOutcomeRepository extends JpaRepository<DealOutcome, Long> {

    Optional<DealOutcome> findByOpportunityId(String opportunityId);
}
