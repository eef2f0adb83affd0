package org.peerproof.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Where the web sign-in keeps the access and refresh tokens Keycloak issues with it: nowhere. They would serve to
 * call other services as the person, which PeerProof never does; signing out needs only the ID token, which the
 * signed-in user carries. Spring Boot's default kept them in a map of the process from a person's first sign-in
 * until the node stopped, through sign-out and session expiry: about 3 KB per person, for every advocate who ever
 * signed in (issue 15).
 */
final class UnkeptAuthorizedClients implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                     HttpServletRequest request) {
        return null;
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                     HttpServletRequest request, HttpServletResponse response) {
        // Not kept, see above.
    }

    @Override
    public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                       HttpServletResponse response) {
        // Nothing was kept.
    }
}
