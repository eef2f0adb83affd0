package org.peerproof.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    @Test
    void readsTheStandardClaimsAndOnlyPeerProofRoles() {
        var user = SignedInUser.fromClaims(Map.of("sub", "kc-1", "email", "a@example.com", "email_verified", true,
                "name", "Ada", "locale", "de"), List.of("ROLE_advocate", "ROLE_offline_access", "SCOPE_openid"));

        assertThat(user.userId()).isEqualTo("kc-1");
        assertThat(user.email()).isEqualTo("a@example.com");
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.locale()).isEqualTo(Locale.GERMAN);
        assertThat(user.roles()).containsExactly(Roles.ADVOCATE);
        assertThat(user.hasAnyRole(Roles.SALES, Roles.ADVOCATE)).isTrue();
        assertThat(user.hasRole(Roles.ADMIN)).isFalse();
    }

    @Test
    void anUnverifiedOrMissingEmailIsNotTrusted() {
        var user = SignedInUser.fromClaims(Map.of("sub", "kc-2"), List.of());

        assertThat(user.emailVerified()).isFalse();
        assertThat(user.email()).isNull();
        assertThat(user.locale()).isNull();
        assertThat(user.roles()).isEmpty();
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        assertThatThrownBy(() -> SignedInUser.fromClaims(Map.of("sub", " "), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
