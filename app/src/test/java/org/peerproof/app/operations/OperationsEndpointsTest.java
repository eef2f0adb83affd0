package org.peerproof.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.shared.RequestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, production operations (docs/reliability.md, R10 and R11): health, readiness and Prometheus answer on the
 * management port only; the meters count what the program did; a request's id comes back in the response and
 * reaches the audit trail.
 */
@PeerProofAppTest
class OperationsEndpointsTest {

    private static final String MANAGEMENT = "http://127.0.0.1:" + PeerProofAppTest.MANAGEMENT_PORT;
    private static final String CARLA = "advocate3@peerproof.test";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ApiClient api = new ApiClient();

    @Autowired MatchingService matching;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AdvocateRepository advocates;
    @Autowired AskRepository asks;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void livenessAndReadinessNameWhatANodeNeedsToServe() throws Exception {
        KeycloakTestServer.requireRunning();
        assertThat(get(MANAGEMENT + "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        var readiness = get(MANAGEMENT + "/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"keycloak\"", "\"readinessState\"")
                .doesNotContain("\"mail\"");
        assertThat(get(MANAGEMENT + "/actuator/health").body()).contains("\"mail\"");
    }

    @Test
    void theManagementEndpointsAreNotServedOnThePublicPort() throws Exception {
        for (var path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/health/readiness"}) {
            var response = get(KeycloakTestServer.APP_URL + path);
            assertThat(response.body()).as(path).doesNotContain("\"status\":\"UP\"")
                    .doesNotContain("peerproof_requests");
        }
    }

    @Test
    void prometheusCountsRankingsAndReadsRequestsAndTheOutboxFromTheDatabase() throws Exception {
        var before = sample("peerproof_matching_ranking_seconds_count", "");
        var someRequest = requests.findAll().getFirst().getId();
        matching.rank(someRequest, clock.instant(), true);
        assertThat(sample("peerproof_matching_ranking_seconds_count", "")).isEqualTo(before + 1);

        var scrape = get(MANAGEMENT + "/actuator/prometheus").body();
        assertThat(scrape).contains("peerproof_matching_ranking_seconds_bucket", "peerproof_outbox_backlog",
                "peerproof_outbox_oldest_pending_age_seconds", "peerproof_asks_sent_total",
                "peerproof_asks_expired_total");
        for (var status : RequestStatus.values()) {
            assertThat(sample("peerproof_requests", "status=\"" + status.name().toLowerCase() + "\""))
                    .as(status.name()).isEqualTo(requests.countByStatus(status));
        }
    }

    @Test
    void anAnsweredAskIsCountedAndItsRequestIdReachesTheResponseAndTheAuditTrail() throws Exception {
        KeycloakTestServer.requireRunning();
        var askId = openAskFor(CARLA);
        var declinedBefore = sample("peerproof_asks_answered_total", "answer=\"declined\"");

        var declined = api.withHeader(RequestIds.HEADER, "ops-test-decline-1")
                .as(CARLA, "POST", "/api/v1/asks/" + askId + "/decline", "{}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(declined.headers().firstValue(RequestIds.HEADER)).contains("ops-test-decline-1");
        assertThat(sample("peerproof_asks_answered_total", "answer=\"declined\"")).isEqualTo(declinedBefore + 1);
        assertThat(jdbc.queryForList("SELECT request_id FROM audit_event WHERE entity_type = 'Ask' AND entity_id = ?"
                + " AND action = 'ask.declined'", String.class, askId.toString())).containsExactly("ops-test-decline-1");

        // An id that could forge a log line or is too long is replaced by one of ours.
        var replaced = api.withHeader(RequestIds.HEADER, "x".repeat(RequestIds.MAX_LENGTH + 1))
                .as(CARLA, "GET", "/api/v1/me", null);
        assertThat(replaced.headers().firstValue(RequestIds.HEADER)).hasValueSatisfying(id ->
                assertThat(id).hasSize(36).doesNotContain("xxx"));
    }

    @Test
    void anApiCallIsTimedAsARequestButSpringSecurityIsNotObservedFilterByFilter() throws Exception {
        KeycloakTestServer.requireRunning();
        var me = api.as(CARLA, "GET", "/api/v1/me", null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);

        // Per-filter observations cost 9 % of the API's CPU under load and feed no dashboard (docs/benchmarks.md).
        var scrape = get(MANAGEMENT + "/actuator/prometheus").body();
        assertThat(scrape).contains("http_server_requests_seconds_count{").contains("uri=\"/api/v1/me\"")
                .doesNotContain("spring_security_filterchains").doesNotContain("spring_security_authentications");
    }

    private Long openAskFor(String email) {
        return transactions.execute(status -> {
            var request = requests.save(new ReferenceRequest("OPP-OPS-1", "Prospect OPP-OPS-1", Industry.HEALTHCARE,
                    SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30,
                    LocalDate.now(clock).plusDays(20), "sales@peerproof.test", clock.instant()));
            var advocate = advocates.findByEmailIgnoreCase(email).orElseThrow();
            return asks.save(new Ask(request, advocate, clock.instant().minus(1, ChronoUnit.HOURS),
                    clock.instant().plus(2, ChronoUnit.DAYS))).getId();
        });
    }

    /** The value of one Prometheus sample: the first line of this meter whose labels contain {@code label}. */
    private double sample(String meter, String label) throws IOException, InterruptedException {
        return Arrays.stream(get(MANAGEMENT + "/actuator/prometheus").body().split("\n"))
                .filter(line -> line.startsWith(meter + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + meter + " " + label));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
