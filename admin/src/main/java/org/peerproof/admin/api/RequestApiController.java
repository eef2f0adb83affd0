package org.peerproof.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AskFollowUp;
import org.peerproof.domain.ask.CallOutcomeForm;
import org.peerproof.domain.outcome.DealOutcomeForm;
import org.peerproof.domain.outcome.DealOutcomeView;
import org.peerproof.domain.outcome.DealOutcomes;
import org.peerproof.domain.request.CallScheduling;
import org.peerproof.domain.request.CallTimeForm;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequests;
import org.peerproof.domain.request.RequestDetail;
import org.peerproof.domain.request.RequestForm;
import org.peerproof.domain.request.RequestProgress;
import org.peerproof.domain.request.RequestQueueFilter;
import org.peerproof.domain.request.StaffRequestView;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.ui.api.NextPageLink;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference requests for sales (their own) and program staff (all); see {@link VisibleRequests}. Someone else's
 * request or ask answers 404 like a missing one, so ids cannot be probed.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Reference requests", description = "Sales file requests and report calls and deal outcomes; "
        + "program managers and admins see and manage all of them.")
@Validated
class RequestApiController {

    private final VisibleRequests visible;
    private final ReferenceRequests requests;
    private final AskFollowUp followUp;
    private final DealOutcomes outcomes;
    private final CallScheduling scheduling;

    RequestApiController(VisibleRequests visible, ReferenceRequests requests, AskFollowUp followUp,
                         DealOutcomes outcomes, CallScheduling scheduling) {
        this.visible = visible;
        this.requests = requests;
        this.followUp = followUp;
        this.outcomes = outcomes;
        this.scheduling = scheduling;
    }

    @GetMapping
    @Operation(summary = "One page of the requests the caller may see", description = "Open requests needing action "
            + "first, then those waiting, then closed ones; soonest needed first within each, then oldest. Optional "
            + "filters: status (the derived progress, repeatable), stage, owner (who filed it), q (part of the "
            + "prospect's name or the opportunity id). Up to limit requests (1 to " + PageCursor.MAX_LIMIT + ", default 50); "
            + "when more follow, the Link header names the next page (rel=\"next\"), the same query with a cursor "
            + "that continues after this page. A request whose progress changes between two pages may move to "
            + "another group and be met twice or not at all, like in any list read in pages while it changes.")
    @ApiResponse(responseCode = "200", description = "The page", headers = @Header(name = HttpHeaders.LINK,
            description = NextPageLink.DESCRIPTION))
    @ApiResponse(responseCode = "400", description = "A parameter is invalid: limit out of range, a cursor this "
            + "list did not make")
    ResponseEntity<List<StaffRequestView>> list(@RequestParam(required = false) Set<RequestProgress> status,
                                                @RequestParam(required = false) DealStage stage,
                                                @RequestParam(required = false) String owner,
                                                @RequestParam(required = false) String q,
                                                @RequestParam(defaultValue = "50") @Min(1) @Max(PageCursor.MAX_LIMIT)
                                                int limit,
                                                @RequestParam(required = false) PageCursor cursor,
                                                Authentication authentication) {
        var filter = new RequestQueueFilter(status, stage, owner, q);
        return NextPageLink.answer(visible.pageAfter(SignedInUser.of(authentication), filter,
                Optional.ofNullable(cursor), limit));
    }

    @PostMapping
    @Operation(summary = "File a reference request", description = "The caller owns the new request. Needed-by may "
            + "be today but not earlier.")
    @ApiResponse(responseCode = "201", description = "Filed; the Location header names the new request")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (one entry per field)")
    @ApiResponse(responseCode = "422", description = "Needed-by is in the past")
    ResponseEntity<RequestDetail> file(@Valid @RequestBody RequestForm form, Authentication authentication) {
        var user = SignedInUser.of(authentication);
        var id = requests.file(user, form);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + id)).body(requests.detail(user, id));
    }

    @GetMapping("/prefill")
    @Operation(summary = "Prospect data of the caller's latest request for an opportunity",
            description = "To start a new request for an opportunity the caller filed for before.")
    @ApiResponse(responseCode = "404", description = "The caller filed no request for this opportunity")
    ResponseEntity<?> prefill(@RequestParam String opportunityId, Authentication authentication) {
        return ResponseEntity.of(requests.prefill(SignedInUser.of(authentication), opportunityId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its asks", description = "Sales see an asked advocate's name only once "
            + "the advocate accepted.")
    RequestDetail get(@PathVariable Long id, Authentication authentication) {
        return requests.detail(SignedInUser.of(authentication), id);
    }

    @PostMapping("/{id}/asks/{askId}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a pending or accepted ask (program managers, admins)")
    @ApiResponse(responseCode = "409", description = "The ask is no longer pending or accepted")
    void withdraw(@PathVariable Long id, @PathVariable Long askId, Authentication authentication) {
        var user = SignedInUser.of(authentication);
        requireAskOf(user, id, askId);
        followUp.withdraw(user, askId);
    }

    @PostMapping("/{id}/asks/{askId}/call")
    @Operation(summary = "Record how an accepted ask's call went", description = "A call that took place completes "
            + "the ask, logs the advocate's activity and fulfils the request; one that did not leaves the ask accepted.")
    @ApiResponse(responseCode = "409", description = "The ask is not accepted")
    @ApiResponse(responseCode = "422", description = "The call date is missing or in the future")
    RequestDetail recordCall(@PathVariable Long id, @PathVariable Long askId, @Valid @RequestBody CallOutcomeForm form,
                             Authentication authentication) {
        var user = SignedInUser.of(authentication);
        requireAskOf(user, id, askId);
        followUp.recordCall(user, askId, form);
        return requests.detail(user, id);
    }

    @PutMapping("/{id}/asks/{askId}/call-time")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set or move the call time agreed with an advocate who accepted",
            description = "The request then reads SCHEDULED until the time passes, then CALL_TO_RECORD.")
    @ApiResponse(responseCode = "409", description = "The ask is not accepted")
    @ApiResponse(responseCode = "422", description = "The time is in the past")
    void scheduleCall(@PathVariable Long id, @PathVariable Long askId, @Valid @RequestBody CallTimeForm form,
                      Authentication authentication) {
        var user = SignedInUser.of(authentication);
        requireAskOf(user, id, askId);
        scheduling.schedule(user, askId, form);
    }

    @GetMapping("/{id}/outcome")
    @Operation(summary = "The deal outcome of the request's opportunity")
    @ApiResponse(responseCode = "404", description = "No outcome recorded yet, or no such request for the caller")
    DealOutcomeView outcome(@PathVariable Long id, Authentication authentication) {
        return outcomes.forRequest(SignedInUser.of(authentication), id)
                .orElseThrow(() -> new RecordNotFoundException("request.outcome.notFound"));
    }

    @PutMapping("/{id}/outcome")
    @Operation(summary = "Record or update the deal outcome of the request's opportunity", description = "One "
            + "outcome per opportunity, linked to its accepted and completed asks; days in cycle count from the "
            + "opportunity's first request.")
    @ApiResponse(responseCode = "422", description = "A won or lost deal without a valid close date")
    DealOutcomeView recordOutcome(@PathVariable Long id, @Valid @RequestBody DealOutcomeForm form,
                                  Authentication authentication) {
        return outcomes.record(SignedInUser.of(authentication), id, form);
    }

    /** The ask must belong to the request in the path, so a URL means what it says. */
    private void requireAskOf(SignedInUser user, Long requestId, Long askId) {
        if (requests.detail(user, requestId).asks().stream().noneMatch(ask -> ask.askId().equals(askId))) {
            throw new RecordNotFoundException("ask.notFound", askId);
        }
    }
}
