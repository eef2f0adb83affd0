package org.peerproof.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * Issue 14, finding 7 and 8 over plain HTTP: every HTML page carries the browser protections, the session cookie is
 * SameSite and never travels in a URL, unknown pages and bad ids answer a translated 404 page without exception text,
 * an action link holds no server session until it is confirmed, and a failed sign-in is a page, not a 500.
 */
@PeerProofAppTest
class WebHardeningTest {

    private static final List<String> HTML_PAGES = List.of("/", "/offline.html", "/action/guessed.link",
            "/sign-in-failed");

    /** Like a script or a mail scanner: no cookie jar, no redirects followed. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyHtmlPageCarriesTheBrowserProtections() throws Exception {
        for (var path : HTML_PAGES) {
            var headers = get(path, null).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void theSessionCookieIsSameSiteAndNeverInAUrl() throws Exception {
        var login = get("/admin", null);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(login)).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
        var vaadin = get("/VAADIN/", null);
        assertThat(vaadin.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        var start = get("/oauth2/authorization/keycloak", null);
        assertThat(start.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void guessedActionLinksAnswerAPageButHoldNoSession() throws Exception {
        var sessions = 0;
        for (var i = 0; i < 150; i++) {
            var response = get("/action/" + UUID.randomUUID() + "." + UUID.randomUUID(), null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("id=\"action-invalid\"");
            sessions += sessionCookie(response).isPresent() ? 1 : 0;
        }
        assertThat(sessions).as("sessions created by 150 action-link GETs").isZero();
    }

    @Test
    void aFailedSignInIsATranslatedPageNotAServerError() throws Exception {
        // A callback Keycloak never sent (or sent while it could not be reached): Spring Security fails the login.
        var callback = get("/login/oauth2/code/keycloak?code=forged&state=forged", null);
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElse("")).endsWith("/sign-in-failed");
        var page = get("/sign-in-failed", "de");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("id=\"sign-in-failed\"", "lang=\"de\"").doesNotContain("Exception");
    }

    @Test
    void unknownPagesAndBadIdsAreTranslatedNotFoundPages() throws Exception {
        KeycloakTestServer.requireRunning();
        try (var browser = new HeadlessChromium(1280, 900)) {
            browser.signInAt(APP_URL + "/admin", "pm@peerproof.test");
            browser.waitUntilVaadinIsIdle();
            var session = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (var path : List.of("/admin/doesnotexist", "/admin/requests/9223372036854775808",
                    "/admin/requests/abc/match", "/admin/requests/-1")) {
                assertThat(getWithCookie(path, session).statusCode()).as(path).isEqualTo(404);
                browser.driver().get(APP_URL + path);
                assertThat(browser.waitForId("not-found").getText()).as(path).isNotBlank();
                assertThat(browser.driver().getPageSource()).as(path).doesNotContain("Exception")
                        .doesNotContain("java.");
            }
        }
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(APP_URL + path)).header("Accept", "text/html");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getWithCookie(String path, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(APP_URL + path)).header("Accept", "text/html")
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }
}
