package org.peerproof.domain.advocate;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AdvocateRepository extends JpaRepository<Advocate, Long> {

    Optional<Advocate> findByKeycloakUserId(String keycloakUserId);

    Optional<Advocate> findByEmailIgnoreCase(String email);

    /**
     * Locks the advocate's row (SELECT ... FOR UPDATE) until the transaction ends, so decisions that count the
     * advocate's asks (accepting the last slot of the quarterly cap) happen one at a time per advocate.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Advocate a where a.id = :id")
    Optional<Advocate> lockById(Long id);
}
