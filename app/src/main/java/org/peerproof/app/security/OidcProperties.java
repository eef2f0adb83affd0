package org.peerproof.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Keycloak realm PeerProof signs users in with.
 *
 * @param issuerUri    the realm's issuer, e.g. http://localhost:8180/realms/advocate-hub
 * @param clientId     the confidential web client (authorization code flow)
 * @param clientSecret its secret
 * @param apiAudience  the audience every API access token must carry
 * @param apiClients   the clients whose access tokens the API accepts (claim {@code azp}): the mobile app and any
 *                     service clients; tokens of the web client are for the web application only
 */
@Validated
@ConfigurationProperties("peerproof.oidc")
public record OidcProperties(@NotBlank String issuerUri, @NotBlank String clientId, @NotBlank String clientSecret,
                             @NotBlank String apiAudience,
                             @DefaultValue("peerproof-pwa") @NotEmpty List<@NotBlank String> apiClients) {

    String endpoint(String path) {
        return issuerUri + "/protocol/openid-connect/" + path;
    }
}
