package org.peerproof.domain.advocate;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AdvocateRepository extends JpaRepository<Advocate, Long> {

    Optional<Advocate> findByKeycloakUserId(String keycloakUserId);

    Optional<Advocate> findByEmailIgnoreCase(String email);

    /** People of this name at the account: a likely duplicate when someone is nominated again under another email. */
    List<Advocate> findByAccountIdAndNameIgnoreCase(Long accountId, String name);

    /**
     * Locks the advocate's row (SELECT ... FOR UPDATE) until the transaction ends, so decisions that count the
     * advocate's asks (accepting the last slot of the quarterly cap) happen one at a time per advocate.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Advocate a where a.id = :id")
    Optional<Advocate> lockById(Long id);

    /** The advocates with the products they use, in one query for all of them. */
    @Query("select a from Advocate a left join fetch a.productsUsed where a.id in :advocateIds")
    List<Advocate> fetchProductsUsed(Collection<Long> advocateIds);

    /** Self sign-ups staff have not reviewed, oldest first, with their account. */
    @Query("""
            select a from Advocate a left join fetch a.account
            where a.selfSignedUp = true and a.signUpReviewedBy is null
              and a.status <> org.peerproof.domain.advocate.AdvocateStatus.WITHDRAWN
            order by a.createdAt""")
    List<Advocate> findAwaitingSignUpReview();
}
