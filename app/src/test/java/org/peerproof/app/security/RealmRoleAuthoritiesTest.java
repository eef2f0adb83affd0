package org.peerproof.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RealmRoleAuthoritiesTest {

    @Test
    void peerProofRolesBecomeRoleAuthoritiesAndKeycloakDefaultsAreDropped() {
        var claims = Map.<String, Object>of("roles",
                List.of("advocate", "offline_access", "uma_authorization", "default-roles-advocate-hub"));

        assertThat(RealmRoleAuthorities.from(claims)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_advocate");
    }

    @Test
    void everyStaffRoleIsMapped() {
        var claims = Map.<String, Object>of("roles", List.of("sales", "csm", "program-manager", "admin"));

        assertThat(RealmRoleAuthorities.from(claims)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_sales", "ROLE_csm", "ROLE_program-manager", "ROLE_admin");
    }

    @Test
    void aTokenWithoutTheClaimGrantsNothing() {
        assertThat(RealmRoleAuthorities.from(Map.of("sub", "x"))).isEmpty();
        assertThat(RealmRoleAuthorities.from(Map.of("roles", "admin"))).isEmpty();
    }
}
