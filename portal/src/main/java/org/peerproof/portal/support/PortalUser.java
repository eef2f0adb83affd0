package org.peerproof.portal.support;

import org.peerproof.domain.access.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** The advocate using the portal UI right now; Vaadin keeps their security context for the UI's request threads. */
public final class PortalUser {

    private PortalUser() {
    }

    public static SignedInUser current() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
