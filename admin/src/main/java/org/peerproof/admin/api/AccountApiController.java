package org.peerproof.admin.api;

import java.util.List;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.StaffAccountView;
import org.peerproof.domain.account.VisibleAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer accounts for customer success (their own) and program staff (all); see {@link VisibleAccounts}. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

    private final VisibleAccounts accounts;

    AccountApiController(VisibleAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<StaffAccountView> list(Authentication authentication) {
        return accounts.list(SignedInUser.of(authentication));
    }
}
