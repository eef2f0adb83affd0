package org.peerproof.domain.request;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferenceRequestRepository extends JpaRepository<ReferenceRequest, Long> {
}
