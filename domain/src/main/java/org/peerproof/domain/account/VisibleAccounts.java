package org.peerproof.domain.account;

import java.util.List;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts the signed-in staff member may see: program managers and admins see all, customer
 * success managers the accounts whose relationship they own, everyone else none.
 */
@Service
public class VisibleAccounts {

    private final CustomerAccountRepository accounts;

    public VisibleAccounts(CustomerAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<StaffAccountView> list(SignedInUser user) {
        List<CustomerAccount> visible;
        if (user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            visible = accounts.findAllByOrderByCompanyNameAsc();
        } else if (user.hasRole(Roles.CSM) && user.email() != null) {
            visible = accounts.findByRelationshipOwnerIgnoreCaseOrderByCompanyNameAsc(user.email());
        } else {
            throw new AccessDeniedException("Only customer success, program managers and admins see accounts");
        }
        return visible.stream().map(StaffAccountView::of).toList();
    }

    /**
     * The accounts at which this staff member may nominate someone: a customer success manager their own accounts,
     * other staff every reviewed account (sales nominate contacts they met in deals at any customer).
     */
    @Transactional(readOnly = true)
    public List<StaffAccountView> forNomination(SignedInUser user) {
        if (user.hasAnyRole(Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            return accounts.findByPendingReviewFalseOrderByCompanyNameAsc().stream().map(StaffAccountView::of).toList();
        }
        return list(user);
    }
}
