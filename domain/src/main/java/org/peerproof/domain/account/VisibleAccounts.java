package org.peerproof.domain.account;

import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.shared.PageCursor;
import org.springframework.data.domain.Limit;
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

    /** Where the first page starts: before every company name. */
    private static final PageCursor FIRST = new PageCursor("", 0);

    @Transactional(readOnly = true)
    public List<StaffAccountView> list(SignedInUser user) {
        List<CustomerAccount> visible;
        if (seesAll(user)) {
            visible = accounts.findAllByOrderByCompanyNameAsc();
        } else {
            visible = accounts.findByRelationshipOwnerIgnoreCaseOrderByCompanyNameAsc(ownerOf(user));
        }
        return visible.stream().map(StaffAccountView::of).toList();
    }

    /**
     * Up to {@code limit} of the accounts this user may see after {@code after} (from the start when empty), by
     * company name and then id, read from the index rather than all accounts (issue 15).
     *
     * @throws IllegalArgumentException if {@code limit} is not between 1 and {@value PageCursor#MAX_LIMIT}
     */
    @Transactional(readOnly = true)
    public PageCursor.Page<StaffAccountView> page(SignedInUser user, Optional<PageCursor> after, int limit) {
        PageCursor.checkLimit(limit);
        var from = after.orElse(FIRST);
        var oneMore = Limit.of(limit + 1);
        var rows = seesAll(user) ? accounts.findPageAfter(from.sortValue(), from.id(), oneMore)
                : accounts.findOwnedPageAfter(ownerOf(user), from.sortValue(), from.id(), oneMore);
        return PageCursor.Page.of(rows, limit, account -> new PageCursor(account.getCompanyName(), account.getId()))
                .map(StaffAccountView::of);
    }

    private static boolean seesAll(SignedInUser user) {
        return user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
    }

    /** The customer success manager whose accounts these are; nobody else sees accounts. */
    private static String ownerOf(SignedInUser user) {
        if (user.hasRole(Roles.CSM) && user.email() != null) {
            return user.email();
        }
        throw new AccessDeniedException("Only customer success, program managers and admins see accounts");
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
