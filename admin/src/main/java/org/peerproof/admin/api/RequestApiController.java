package org.peerproof.admin.api;

import java.util.List;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.request.StaffRequestView;
import org.peerproof.domain.request.VisibleRequests;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reference requests for sales (their own) and program staff (all); see {@link VisibleRequests}. */
@RestController
@RequestMapping("/api/v1/requests")
class RequestApiController {

    private final VisibleRequests requests;

    RequestApiController(VisibleRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    List<StaffRequestView> list(Authentication authentication) {
        return requests.list(SignedInUser.of(authentication));
    }

    /** 404 for another rep's request as for a missing one, so ids cannot be probed. */
    @GetMapping("/{id}")
    StaffRequestView get(@PathVariable Long id, Authentication authentication) {
        return requests.find(SignedInUser.of(authentication), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such request"));
    }
}
