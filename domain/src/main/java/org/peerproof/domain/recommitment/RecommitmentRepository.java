package org.peerproof.domain.recommitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommitmentRepository extends JpaRepository<Recommitment, Long> {

    List<Recommitment> findByAdvocateIdOrderBySentAtDesc(Long advocateId);
}
