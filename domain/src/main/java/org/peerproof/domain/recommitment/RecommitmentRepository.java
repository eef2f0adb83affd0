package org.peerproof.domain.recommitment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommitmentRepository extends JpaRepository<Recommitment, Long> {
}
