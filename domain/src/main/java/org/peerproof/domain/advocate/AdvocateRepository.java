package org.peerproof.domain.advocate;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvocateRepository extends JpaRepository<Advocate, Long> {

    Optional<Advocate> findByKeycloakUserId(String keycloakUserId);

    Optional<Advocate> findByEmailIgnoreCase(String email);
}
