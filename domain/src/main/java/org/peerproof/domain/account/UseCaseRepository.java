package org.peerproof.domain.account;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UseCaseRepository extends JpaRepository<UseCase, Long> {
}
