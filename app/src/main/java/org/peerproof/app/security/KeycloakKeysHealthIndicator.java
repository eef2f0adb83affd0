package org.peerproof.app.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether this node can fetch the realm's signing keys (JWKS), without which it can neither check an API token
 * nor finish a sign-in. Part of readiness (reliability R11): a node that cannot reach Keycloak leaves the load
 * balancer's rotation instead of answering every sign-in with an error page.
 */
@Component("keycloak")
class KeycloakKeysHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakKeysHealthIndicator(OidcProperties oidc) {
        super("Keycloak's signing keys could not be fetched");
        this.keys = URI.create(oidc.endpoint("certs"));
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        var response = http.send(HttpRequest.newBuilder(keys).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        health.withDetail("keys", keys.toString()).withDetail("status", response.statusCode());
        if (response.statusCode() == 200 && response.body().contains("\"keys\"")) {
            health.up();
        } else {
            health.down();
        }
    }
}
