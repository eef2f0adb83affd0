package org.peerproof.portal.api;

import java.util.List;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateProfileView;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AdvocateAsks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The mobile app's view of the signed-in advocate (role advocate; see the API security chain). */
@RestController
@RequestMapping("/api/v1")
class AdvocateApiController {

    private final AdvocateProfiles profiles;
    private final AdvocateAsks asks;

    AdvocateApiController(AdvocateProfiles profiles, AdvocateAsks asks) {
        this.profiles = profiles;
        this.asks = asks;
    }

    @GetMapping("/me")
    AdvocateProfileView me(Authentication authentication) {
        return profiles.mine(SignedInUser.of(authentication));
    }

    @GetMapping("/asks")
    List<AdvocateAskView> myAsks(Authentication authentication) {
        return asks.mine(SignedInUser.of(authentication));
    }

    /** 404 for someone else's ask as for a missing one, so ids cannot be probed. */
    @GetMapping("/asks/{id}")
    AdvocateAskView myAsk(@PathVariable Long id, Authentication authentication) {
        return asks.mine(SignedInUser.of(authentication), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such ask"));
    }
}
