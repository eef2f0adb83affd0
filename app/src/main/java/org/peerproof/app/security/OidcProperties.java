package org.peerproof.app.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Keycloak realm PeerProof signs users in with.
 *
 * @param issuerUri    the realm's issuer, e.g. http://localhost:8180/realms/advocate-hub
 * @param clientId     the confidential web client (authorization code flow)
 * @param clientSecret its secret
 * @param apiAudience  the audience every API access token must carry
 */
@Validated
@ConfigurationProperties("peerproof.oidc")
public record OidcProperties(@NotBlank String issuerUri, @NotBlank String clientId, @NotBlank String clientSecret,
                             @NotBlank String apiAudience) {

    String endpoint(String path) {
        return issuerUri + "/protocol/openid-connect/" + path;
    }
}
