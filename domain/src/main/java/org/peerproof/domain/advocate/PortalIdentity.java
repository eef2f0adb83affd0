package org.peerproof.domain.advocate;

import java.util.Locale;
import java.util.Objects;

/**
 * Who signed in, as the identity provider vouches for it. The user id is the only key used to find the
 * advocate: it comes from the signed token, never from anything the client sends.
 *
 * @param userId        the identity provider's stable subject id
 * @param email         email address from the token
 * @param emailVerified whether the identity provider verified the address
 * @param name          display name from the token, may be blank
 * @param locale        the user's locale from the token, may be {@code null}
 */
public record PortalIdentity(String userId, String email, boolean emailVerified, String name, Locale locale) {

    public PortalIdentity {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }
}
