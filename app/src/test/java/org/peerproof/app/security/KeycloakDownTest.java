package org.peerproof.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.web.SignInFailedPage;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A second PeerProof (its own port and schema) whose Keycloak cannot be reached: every Keycloak address points at
 * a port nobody listens on. A real token of the running Keycloak cannot be checked without the realm's keys, so the
 * API answers 503 problem+json with Retry-After, the fault being ours and not the caller's (docs/reliability.md R3);
 * the web application sends people towards Keycloak's address or to its translated failed-sign-in page, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + KeycloakDownTest.PORT, "management.server.port=" + (KeycloakDownTest.PORT + 1),
                "peerproof.jobs.enabled=false"})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class KeycloakDownTest {

    static final int PORT = 18095;
    static final String APP = "http://localhost:" + PORT;
    static final String KEYCLOAK_DOWN = "http://localhost:" + closedPort();

    @Autowired MessageSource messages;

    /** No redirects followed, so every step of a redirect chain can be looked at. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void keycloakUnreachable(DynamicPropertyRegistry registry) {
        registry.add("peerproof.oidc.issuer-uri", () -> KEYCLOAK_DOWN + "/realms/advocate-hub");
    }

    @BeforeAll
    static void theRealKeycloakIssuesTheToken() {
        KeycloakTestServer.requireRunning();
    }

    @Test
    void aValidTokenThatCannotBeCheckedIs503ProblemWithRetryAfter() throws Exception {
        var token = KeycloakTestServer.accessToken("advocate3@peerproof.test", KeycloakTestServer.DEMO_PASSWORD);
        for (var language : new String[] {"en", "de"}) {
            var response = send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", language).build());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(response.body()).contains("\"status\":503",
                    json(messages.getMessage("api.problem.identityUnavailable.detail", null, Locale.of(language))));
        }
    }

    @Test
    void withoutATokenTheApiStillAnswers401() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/me")).build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aPageThatNeedsSigningInLeadsToKeycloaksAddressNeverToAnError() throws Exception {
        var cookies = new HashMap<String, String>();
        var chain = new ArrayList<String>();
        var address = URI.create(APP + "/admin");
        HttpResponse<String> response;
        do {
            response = send(get(address, cookies, "en"));
            chain.add(response.statusCode() + " " + address);
            keepCookies(response, cookies);
            var location = response.headers().firstValue("Location");
            address = location.map(address::resolve).orElse(null);
        } while (response.statusCode() / 100 == 3 && address != null && address.toString().startsWith(APP));

        System.out.println("KeycloakDownTest: GET /admin without a session: " + String.join(" -> ", chain)
                + (address == null ? "" : " -> " + address));
        assertThat(chain).as("redirect chain").noneMatch(step -> step.startsWith("5"));
        assertThat(address).as("where the chain ends").isNotNull();
        assertThat(address.toString()).startsWith(KEYCLOAK_DOWN + "/realms/advocate-hub/protocol/openid-connect/auth");
    }

    @Test
    void aSignInWhoseTokenRequestCannotReachKeycloakEndsOnTheTranslatedFailedSignInPage() throws Exception {
        var cookies = new HashMap<String, String>();
        var start = send(get(URI.create(APP + SecurityConfiguration.LOGIN_PATH), cookies, "de"));
        keepCookies(start, cookies);
        var authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        var state = queryParameter(authorize, "state");

        // Keycloak's answer as the browser would bring it back; exchanging the code needs Keycloak, which is down.
        var callback = send(get(URI.create(APP + "/login/oauth2/code/keycloak?code=issued-before-the-outage&state="
                + state), cookies, "de"));
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElse("")).endsWith(SignInFailedPage.PATH);

        var page = send(get(URI.create(APP + SignInFailedPage.PATH), cookies, "de"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("id=\"sign-in-failed\"", "lang=\"de\"",
                        messages.getMessage("web.signInFailed.title", null, Locale.GERMAN))
                .doesNotContain("Exception");
    }

    private static HttpRequest get(URI address, Map<String, String> cookies, String language) {
        var request = HttpRequest.newBuilder(address).header("Accept-Language", language);
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        return request.build();
    }

    private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (var cookie : response.headers().allValues("Set-Cookie")) {
            var pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair[1]);
        }
    }

    private static String queryParameter(URI address, String name) {
        for (var pair : address.getRawQuery().split("&")) {
            var parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return parts[1];
            }
        }
        throw new AssertionError("No " + name + " in " + address);
    }

    /** A message as Jackson writes it inside a JSON string (quotes escaped). */
    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A port that was free a moment ago: nothing listens there, so connecting is refused at once. */
    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
