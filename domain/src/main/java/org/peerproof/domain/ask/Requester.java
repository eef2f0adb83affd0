package org.peerproof.domain.ask;

import java.util.Optional;
import org.peerproof.domain.request.ReferenceRequest;

/** The salesperson behind a request, as someone to write to. */
public final class Requester {

    private Requester() {
    }

    /**
     * Their address, when the request names them by one; requests may name the salesperson by a Keycloak
     * username instead, which is no address to write to.
     */
    public static Optional<String> emailOf(ReferenceRequest request) {
        var requester = request.getRequestedBy();
        return requester != null && requester.matches("[^@\\s]+@[^@\\s]+") ? Optional.of(requester) : Optional.empty();
    }
}
