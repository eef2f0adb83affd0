package org.peerproof.portal.api;

import jakarta.validation.Valid;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AdvocateAskList;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in advocate's asks (role advocate). Someone else's ask id answers 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/asks")
class AskApiController {

    private final AdvocateAsks asks;
    private final AskResponses responses;

    AskApiController(AdvocateAsks asks, AskResponses responses) {
        this.asks = asks;
        this.responses = responses;
    }

    /** Upcoming commitments first, then open asks, then earlier ones; times are for the advocate's own zone. */
    @GetMapping
    AdvocateAskList myAsks(Authentication authentication) {
        return asks.mine(SignedInUser.of(authentication));
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
