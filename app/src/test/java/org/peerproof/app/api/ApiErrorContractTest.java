package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * Every answer of the API that is not a success is problem+json with the status that names what went wrong
 * (issue 14, findings 3 to 6): 400 for input, 401 without a valid API token, 403 for a role, 404 for unknown paths,
 * 409 for concurrent updates, 413 for oversized bodies; never an empty 403 or the web application's HTML page.
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorContractTest {

    static final String CARLA = "advocate3@peerproof.test";
    static final String SALES = "sales@peerproof.test";
    static final String PROBLEM_JSON = "application/problem+json";

    private final ApiClient api = new ApiClient();

    @BeforeAll
    void keycloakRuns() {
        KeycloakTestServer.requireRunning();
    }

    @Test
    void concurrentUpdatesOfOneProfileAnswerSuccessOrConflict() throws Exception {
        var profile = """
                {"title":"Controller","persona":"FINANCE","languages":["en"],"timeZone":"Europe/Berlin"}""";
        api.token(CARLA);
        try (var pool = Executors.newFixedThreadPool(10)) {
            var answers = pool.invokeAll(IntStream.range(0, 10)
                    .mapToObj(i -> (Callable<HttpResponse<String>>) () -> api.as(CARLA, "PUT", "/api/v1/me", profile))
                    .toList());
            for (var answer : answers) {
                var response = answer.get();
                if (response.statusCode() != 200) {
                    assertProblem(response, 409);
                }
            }
        }
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemWithTheChallenge() {
        var response = api.as(null, "GET", "/api/v1/me", null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void theWrongRoleIs403Problem() {
        assertProblem(api.as(SALES, "GET", "/api/v1/me", null), 403);
    }

    @Test
    void aTokenIssuedToTheWebClientIsRefused() {
        var webToken = KeycloakTestServer.webClientAccessToken(CARLA, KeycloakTestServer.DEMO_PASSWORD);
        assertProblem(api.withToken(webToken, "GET", "/api/v1/me", null), 401);
    }

    /** Within a role's part of the API an unknown path is 404; outside every part the API denies by default. */
    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void unknownPathsAre404Problems(String method) {
        var body = method.equals("POST") ? "{}" : null;
        assertProblem(api.as(CARLA, method, "/api/v1/me/nothing-here", body), 404);
        assertProblem(api.as(CARLA, method, "/api/v1/asks/1/nothing-here", body), 404);
        assertProblem(api.as(CARLA, method, "/api/v1/nothing-here", body), 403);
    }

    @Test
    void aMissingParameterIs400Problem() {
        assertProblem(api.as(SALES, "GET", "/api/v1/requests/prefill", null), 400);
    }

    @Test
    void aPathTheFirewallRejectsIs400Problem() {
        assertProblem(api.as(CARLA, "GET", "/api/v1/asks/1;x=1", null), 400);
    }

    @Test
    void anUnsupportedMethodIs405Problem() {
        assertProblem(api.as(CARLA, "DELETE", "/api/v1/me/history", null), 405);
    }

    @Test
    void malformedJsonIs400Problem() {
        assertProblem(api.as(CARLA, "PUT", "/api/v1/me", "{\"title\":"), 400);
    }

    /** Values Jackson would otherwise coerce (issue 14, finding 4): each refused naming its field. */
    @ParameterizedTest
    @ValueSource(strings = {
            "persona|{\"persona\":1}",
            "persona|{\"persona\":\"1\"}",
            "accountId|{\"accountId\":1.5}",
            "accountId|{\"accountId\":\"   \"}",
            "accountId|{\"accountId\":\"\\u0000\"}",
            "accountId|{\"accountId\":\"7\"}",
            "unexpected|{\"title\":\"CFO\",\"unexpected\":true}",
            "title|{\"title\":\"CFO\",\"title\":\"CEO\"}"})
    void coercibleValuesAreRefusedNamingTheField(String fieldAndBody) {
        var field = fieldAndBody.substring(0, fieldAndBody.indexOf('|'));
        var body = fieldAndBody.substring(fieldAndBody.indexOf('|') + 1);
        var response = api.as(CARLA, "PUT", "/api/v1/me", body);
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aDateTimeIsNoDate() {
        var response = api.as(CARLA, "PUT", "/api/v1/me/availability", "{\"pausedUntil\":\"2026-12-02T10:00:00Z\"}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"pausedUntil\"");
    }

    @Test
    void refusalsAreInTheCallersLanguage() {
        var english = api.as(CARLA, "PUT", "/api/v1/me", "{\"persona\":1}", "en");
        var german = api.as(CARLA, "PUT", "/api/v1/me", "{\"persona\":1}", "de");
        assertProblem(german, 400);
        assertThat(german.body()).contains("\"field\":\"persona\"").isNotEqualTo(english.body());
    }

    @Test
    void anOversizedBodyIs413Problem() {
        var body = "{\"bio\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(api.as(CARLA, "PUT", "/api/v1/me", body), 413);
    }

    @Test
    void malformedUtf8Is400Problem() throws Exception {
        // C0 AF: an overlong encoding of '/', which a lenient decoder turns into a slash.
        var bytes = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        var request = HttpRequest.newBuilder(URI.create(KeycloakTestServer.APP_URL + "/api/v1/me"))
                .header("Authorization", "Bearer " + api.token(CARLA))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        assertProblem(send(request), 400);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()
                + " answered " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body()).contains("\"status\":" + status);
    }
}
