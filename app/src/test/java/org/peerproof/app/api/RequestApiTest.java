package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Filing and following up reference requests through the API with real Keycloak tokens: valid requests are filed
 * for the caller, invalid ones answer a 400 or 422 problem naming what is wrong, and nobody reaches another rep's
 * request.
 */
@PeerProofAppTest
class RequestApiTest {

    static final String SALES = "sales@peerproof.test";
    static final String SALES_2 = "sales2@peerproof.test";

    private final ApiClient api = new ApiClient();

    @Autowired ReferenceRequestRepository requests;
    @Autowired Clock clock;

    private String opportunityId;

    @BeforeEach
    void keycloakIsUp() {
        KeycloakTestServer.requireRunning();
        opportunityId = "OPP-FILED-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void salesFileARequestAndOnlyTheyAndProgramStaffSeeIt() {
        var filed = api.as(SALES, "POST", "/api/v1/requests", form(opportunityId, LocalDate.now(clock).plusDays(10)));

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var location = filed.headers().firstValue("Location").orElseThrow();
        assertThat(filed.body()).contains("\"opportunityId\":\"" + opportunityId + "\"", "\"status\":\"NEW\"",
                "\"requestedBy\":\"" + SALES + "\"", "\"asks\":[]");
        assertThat(api.as(SALES, "GET", location, null).statusCode()).isEqualTo(200);
        assertThat(api.as("pm@peerproof.test", "GET", location, null).statusCode()).isEqualTo(200);
        assertThat(api.as(SALES_2, "GET", location, null).statusCode()).isEqualTo(404);

        var prefill = api.as(SALES, "GET", "/api/v1/requests/prefill?opportunityId=" + opportunityId, null);
        assertThat(prefill.statusCode()).isEqualTo(200);
        assertThat(prefill.body()).contains("\"prospectCompany\":\"Northwind Hospitals\"", "\"sizeBand\":\"LARGE\"");
        assertThat(api.as(SALES_2, "GET", "/api/v1/requests/prefill?opportunityId=" + opportunityId, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void invalidRequestsAreRefusedWithWhatIsWrongAndNothingIsFiled() {
        long before = requests.count();

        var missing = api.as(SALES, "POST", "/api/v1/requests", """
                {"opportunityId":"","prospectCompany":"Northwind","prospectIndustry":"HEALTHCARE","sizeBand":"LARGE",
                 "region":"EMEA","dealStage":"EVALUATION","neededBy":"%s","dealAmount":-5}"""
                .formatted(LocalDate.now(clock).plusDays(3)));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"opportunityId\"", "\"field\":\"activityType\"",
                "\"field\":\"dealAmount\"");

        var late = api.as(SALES, "POST", "/api/v1/requests", form(opportunityId, LocalDate.now(clock).minusDays(2)));
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("\"messageKey\":\"request.neededBy.past\"",
                "The needed-by date cannot be in the past.");

        assertThat(api.as("csm@peerproof.test", "POST", "/api/v1/requests", form(opportunityId,
                LocalDate.now(clock).plusDays(3))).statusCode()).isEqualTo(403);
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void theOwnerRecordsTheDealOutcomeOfTheOpportunity() {
        var filed = api.as(SALES, "POST", "/api/v1/requests", form(opportunityId, LocalDate.now(clock).plusDays(10)));
        var location = filed.headers().firstValue("Location").orElseThrow();

        var withoutDate = api.as(SALES, "PUT", location + "/outcome", "{\"result\":\"WON\",\"amount\":180000}");
        assertThat(withoutDate.statusCode()).isEqualTo(422);
        assertThat(withoutDate.body()).contains("outcome.closeDate.required");
        assertThat(api.as(SALES, "GET", location + "/outcome", null).statusCode()).isEqualTo(404);

        var closeDate = LocalDate.now(clock).plusDays(5);
        var won = api.as(SALES, "PUT", location + "/outcome",
                "{\"result\":\"WON\",\"amount\":180000,\"closeDate\":\"%s\"}".formatted(closeDate));
        assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
        assertThat(won.body()).contains("\"result\":\"WON\"", "\"influencingAskIds\":[]");
        assertThat(api.as(SALES_2, "PUT", location + "/outcome", "{\"result\":\"LOST\",\"closeDate\":\"%s\"}"
                .formatted(closeDate)).statusCode()).isEqualTo(404);
        assertThat(api.as(SALES, "GET", location + "/outcome", null).body()).contains("\"result\":\"WON\"");
    }

    private static String form(String opportunityId, LocalDate neededBy) {
        return """
                {"opportunityId":"%s","prospectCompany":"Northwind Hospitals","prospectIndustry":"HEALTHCARE",
                 "sizeBand":"LARGE","region":"EMEA","productIds":[],"preferredPersona":"EXECUTIVE","languageCode":"en",
                 "dealStage":"EVALUATION","dealAmount":180000,"activityType":"REFERENCE_CALL_30","neededBy":"%s",
                 "notes":"Wants to hear about the roll-out"}""".formatted(opportunityId, neededBy);
    }
}
