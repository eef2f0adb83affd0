package org.peerproof.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Keycloak realm roles (the flat "roles" claim the realm maps into every token) as Spring authorities. */
final class RealmRoleAuthorities {

    static final String ROLES_CLAIM = "roles";

    private RealmRoleAuthorities() {
    }

    /** Only PeerProof's own roles count; Keycloak's defaults (offline_access, ...) are dropped. */
    static Collection<GrantedAuthority> from(Map<String, Object> claims) {
        if (!(claims.get(ROLES_CLAIM) instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(String::valueOf)
                .filter(Roles.ALL::contains)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
