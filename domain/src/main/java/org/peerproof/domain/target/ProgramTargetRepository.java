package org.peerproof.domain.target;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramTargetRepository extends JpaRepository<ProgramTarget, Long> {
}
