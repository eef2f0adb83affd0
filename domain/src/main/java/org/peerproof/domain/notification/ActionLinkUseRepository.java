package org.peerproof.domain.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionLinkUseRepository extends JpaRepository<ActionLinkUse, Long> {

    boolean existsByJti(String jti);
}
