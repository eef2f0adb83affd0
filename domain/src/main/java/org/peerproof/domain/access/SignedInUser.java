package org.peerproof.domain.access;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Who is signed in, as the identity provider vouches for it in a signed token. The user id (the token's
 * subject) is the only key PeerProof uses to find the person's records: never an id the client sends.
 *
 * @param userId        the identity provider's stable subject id
 * @param email         email address from the token
 * @param emailVerified whether the identity provider verified the address
 * @param name          display name from the token, may be blank
 * @param locale        the user's locale from the token, may be {@code null}
 * @param roles         PeerProof realm roles ({@link Roles}) the user holds
 */
public record SignedInUser(String userId, String email, boolean emailVerified, String name, Locale locale,
                           Set<String> roles) {

    public SignedInUser {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        roles = Set.copyOf(roles);
    }

    /**
     * The person behind an authentication: the OIDC user of a web session or the JWT of an API call, both
     * of which carry the token's claims. Callers pass the authentication of their own request explicitly.
     */
    public static SignedInUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof ClaimAccessor token)) {
            throw new AccessDeniedException("Not signed in");
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return fromClaims(token.getClaims(), authorities);
    }

    /**
     * The person using a Vaadin view. Vaadin keeps the signed-in user's security context for its UI request
     * threads; API controllers must not use this and pass their request's authentication to {@link #of} instead.
     */
    public static SignedInUser current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Reads the standard OIDC claims; roles come from the granted authorities ("ROLE_" + realm role). */
    public static SignedInUser fromClaims(Map<String, Object> claims, Collection<String> authorities) {
        var locale = claims.get("locale") instanceof String tag && !tag.isBlank() ? Locale.forLanguageTag(tag) : null;
        var roles = authorities.stream()
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .filter(Roles.ALL::contains)
                .collect(Collectors.toSet());
        return new SignedInUser(String.valueOf(claims.get("sub")), (String) claims.get("email"),
                Boolean.TRUE.equals(claims.get("email_verified")), (String) claims.get("name"), locale, roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (var role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
