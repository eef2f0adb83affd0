package org.peerproof.domain.access;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

/** The person behind the current request, whether they signed in to the web app (OIDC) or call the API (JWT). */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        // Both the OIDC user of a web session and the JWT of an API call expose the token's claims.
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof ClaimAccessor token)) {
            return Optional.empty();
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Optional.of(SignedInUser.fromClaims(token.getClaims(), authorities));
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
