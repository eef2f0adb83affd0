package org.peerproof.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.StaffAccountView;
import org.peerproof.domain.account.VisibleAccounts;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.ui.api.NextPageLink;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customer accounts for customer success (their own) and program staff (all); see {@link VisibleAccounts}. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Customer accounts", description = "Customer success see the accounts they own; program managers and "
        + "admins see all of them.")
@Validated
class AccountApiController {

    private final VisibleAccounts accounts;

    AccountApiController(VisibleAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "One page of the accounts the caller may see", description = "By company name, then id. "
            + "Up to limit accounts (1 to " + PageCursor.MAX_LIMIT + ", default 50); when more follow, the "
            + "Link header names the next page (rel=\"next\"), whose cursor parameter continues after this one.")
    @ApiResponse(responseCode = "400", description = "limit is out of range or cursor is not one this API made")
    ResponseEntity<List<StaffAccountView>> list(
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageCursor.MAX_LIMIT) int limit,
            @RequestParam(required = false) PageCursor cursor, Authentication authentication) {
        return NextPageLink.answer(accounts.page(SignedInUser.of(authentication), Optional.ofNullable(cursor), limit));
    }
}
