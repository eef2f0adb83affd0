package org.peerproof.domain.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerAccountRepository extends JpaRepository<CustomerAccount, Long> {

    /** The accounts a customer success manager owns the relationship with. */
    List<CustomerAccount> findByRelationshipOwnerIgnoreCaseOrderByCompanyNameAsc(String relationshipOwner);

    List<CustomerAccount> findAllByOrderByCompanyNameAsc();

    /** The accounts advocates may pick: staff have reviewed them. */
    List<CustomerAccount> findByPendingReviewFalseOrderByCompanyNameAsc();
}
