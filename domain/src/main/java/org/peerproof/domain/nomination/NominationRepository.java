package org.peerproof.domain.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByNomineeIdOrderByCreatedAtDesc(Long nomineeId);
}
