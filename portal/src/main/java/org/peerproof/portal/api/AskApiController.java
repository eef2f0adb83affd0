package org.peerproof.portal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AdvocateAskList;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.ui.api.NextPageLink;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in advocate's asks (role advocate). Someone else's ask id answers 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/asks")
@Validated
class AskApiController {

    private final AdvocateAsks asks;
    private final AskResponses responses;

    AskApiController(AdvocateAsks asks, AskResponses responses) {
        this.asks = asks;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "One page of the caller's asks", description = "In one order: upcoming commitments (agreed "
            + "time soonest first, then those without a time), open asks (expiring first), earlier ones (latest "
            + "first); times are for the advocate's own zone (timeZone). Up to limit asks (1 to "
            + PageCursor.MAX_LIMIT + ", default 50), each in its group: a page where one group ends and the "
            + "next begins holds some of both. When more follow, the Link header names the next page "
            + "(rel=\"next\"), whose cursor parameter continues after this one.")
    @ApiResponse(responseCode = "200", description = "The page", headers = @Header(name = HttpHeaders.LINK,
            description = NextPageLink.DESCRIPTION))
    @ApiResponse(responseCode = "400", description = "limit is out of range or cursor is not one this list made")
    ResponseEntity<AdvocateAskList> myAsks(
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageCursor.MAX_LIMIT) int limit,
            @RequestParam(required = false) PageCursor cursor, Authentication authentication) {
        return NextPageLink.answer(asks.page(SignedInUser.of(authentication), Optional.ofNullable(cursor), limit));
    }

    @GetMapping("/{id}")
    AdvocateAskView myAsk(@PathVariable Long id, Authentication authentication) {
        return asks.mine(SignedInUser.of(authentication), id)
                .orElseThrow(() -> new RecordNotFoundException("ask.notFound", id));
    }

    @PostMapping("/{id}/accept")
    AdvocateAskView accept(@PathVariable Long id, Authentication authentication) {
        return responses.accept(SignedInUser.of(authentication), id);
    }

    /** The body is optional: declining without a reason is fine. */
    @PostMapping("/{id}/decline")
    AdvocateAskView decline(@PathVariable Long id, @Valid @RequestBody(required = false) DeclineForm form,
                            Authentication authentication) {
        return responses.decline(SignedInUser.of(authentication), id, form == null ? new DeclineForm(null) : form);
    }
}
