package org.peerproof.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The /api/v1 endpoints with real Keycloak access tokens: each role reaches what it may and nothing else,
 * and ids of other people's records lead nowhere (IDOR).
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessTest {

    static final String ALICE = "advocate1@peerproof.test";
    static final String BEN = "advocate2@peerproof.test";
    static final String SALES = "sales@peerproof.test";
    static final String SALES_2 = "sales2@peerproof.test";

    private final ApiClient api = new ApiClient();

    @Autowired
    AdvocateRepository advocates;
    @Autowired
    ReferenceRequestRepository requests;
    @Autowired
    AskRepository asks;
    @Autowired
    CustomerAccountRepository accounts;
    @Autowired
    Clock clock;

    private Long alicesAsk;
    private Long bensAsk;
    private Long salesTwosRequest;
    private Long elsewhereAccount;

    @BeforeAll
    void fileRequestsAndAsks() {
        KeycloakTestServer.requireRunning();
        var alice = advocates.findByEmailIgnoreCase(ALICE).orElseThrow();
        var ben = advocates.findByEmailIgnoreCase(BEN).orElseThrow();
        var salesRequest = requests.save(request("OPP-API-1", SALES));
        var otherRequest = requests.save(request("OPP-API-2", SALES_2));
        salesTwosRequest = otherRequest.getId();
        var elsewhere = new CustomerAccount("Someone Else's Account", Industry.RETAIL, SizeBand.SMALL, Region.APAC);
        elsewhere.setRelationshipOwner("other.csm@peerproof.test");
        elsewhereAccount = accounts.save(elsewhere).getId();
        var now = clock.instant();
        alicesAsk = asks.save(new Ask(salesRequest, alice, now, now.plusSeconds(86_400))).getId();
        bensAsk = asks.save(new Ask(otherRequest, ben, now, now.plusSeconds(86_400))).getId();
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/asks", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/requests", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTamperedTokenIsRejected() {
        var token = token(ALICE);
        var tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(get("/api/v1/me", tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdvocateSeesTheirOwnProfile() {
        var response = get("/api/v1/me", token(ALICE));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"email\":\"" + ALICE + "\"").contains("Alice Anders");
    }

    @Test
    void anAdvocateListsOnlyTheirOwnAsks() {
        var response = get("/api/v1/asks", token(ALICE));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":" + alicesAsk).doesNotContain("\"id\":" + bensAsk + ",");
        var alice = advocates.findByEmailIgnoreCase(ALICE).orElseThrow();
        assertThat(countOccurrences(response.body(), "\"activityType\""))
                .isEqualTo(asks.findByAdvocateIdOrderByAskedAtDesc(alice.getId()).size());
        // The prospect's confidential deal amount and name never reach the advocate.
        assertThat(response.body()).doesNotContain("dealAmount").doesNotContain("prospectCompany");
    }

    @Test
    void anotherAdvocatesAskIdLeadsNowhere() {
        assertThat(get("/api/v1/asks/" + alicesAsk, token(ALICE)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/asks/" + bensAsk, token(ALICE)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/asks/" + alicesAsk, token(BEN)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/asks/" + bensAsk, token(BEN)).statusCode()).isEqualTo(200);
    }

    @Test
    void notFoundAnswersAreProblemDetails() {
        var response = get("/api/v1/asks/" + bensAsk, token(ALICE));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void staffHaveNoAdvocateEndpoints() {
        assertThat(get("/api/v1/me", token(SALES)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/asks", token("pm@peerproof.test")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/asks/" + alicesAsk, token("admin@peerproof.test")).statusCode()).isEqualTo(403);
    }

    @Test
    void advocatesAndCustomerSuccessHaveNoRequestEndpoints() {
        assertThat(get("/api/v1/requests", token(ALICE)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/requests", token("csm@peerproof.test")).statusCode()).isEqualTo(403);
    }

    @Test
    void salesSeeOnlyTheirOwnRequests() {
        var response = get("/api/v1/requests", token(SALES));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(countOccurrences(response.body(), "\"requestedBy\":\"" + SALES + "\""))
                .isEqualTo(countOccurrences(response.body(), "\"requestedBy\""));
        // Searched for, so other tests' requests in the shared database do not push it off the first page.
        var searched = get("/api/v1/requests?q=OPP-API-", token(SALES));
        assertThat(searched.body()).contains("\"OPP-API-1\"").doesNotContain("\"OPP-API-2\"");
        assertThat(get("/api/v1/requests/" + salesTwosRequest, token(SALES)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/requests/" + salesTwosRequest, token(SALES_2)).statusCode()).isEqualTo(200);
    }

    @Test
    void programManagersAndAdminsSeeTheWholeQueue() {
        for (var staff : new String[] {"pm@peerproof.test", "admin@peerproof.test"}) {
            var response = get("/api/v1/requests?size=200", token(staff));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Total-Count")).hasValue(Long.toString(requests.count()));
            assertThat(countOccurrences(response.body(), "\"opportunityId\""))
                    .isEqualTo((int) Math.min(200, requests.count()));
            assertThat(get("/api/v1/requests/" + salesTwosRequest, token(staff)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void customerSuccessSeesOnlyTheAccountsTheyOwn() {
        var response = get("/api/v1/accounts", token("csm@peerproof.test"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Someone Else's Account");
        assertThat(countOccurrences(response.body(), "\"relationshipOwner\":\"csm@peerproof.test\""))
                .isEqualTo(countOccurrences(response.body(), "\"companyName\""))
                .isPositive();
        var all = allPages("/api/v1/accounts?limit=7", token("pm@peerproof.test"));
        assertThat(all).contains("Someone Else's Account");
        assertThat(countOccurrences(all, "\"companyName\"")).isEqualTo((int) accounts.count());
        assertThat(countOccurrences(all, "\"id\":" + elsewhereAccount + ",")).isEqualTo(1);
        assertThat(get("/api/v1/accounts", token(SALES)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/accounts", token(ALICE)).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownApiPathsAreDenied() {
        assertThat(get("/api/v1/nothing-here", token("admin@peerproof.test")).statusCode()).isEqualTo(403);
    }

    private ReferenceRequest request(String opportunityId, String requestedBy) {
        return new ReferenceRequest(opportunityId, "Prospect " + opportunityId, Industry.HEALTHCARE, SizeBand.LARGE,
                Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30,
                LocalDate.now(clock).plusDays(10), requestedBy, clock.instant());
    }

    private String token(String email) {
        return api.token(email);
    }

    private HttpResponse<String> get(String path, String token) {
        return api.withToken(token, "GET", path, null);
    }

    /** Every page of a keyset-paged list, following the Link headers; each page's JSON array, concatenated. */
    private String allPages(String path, String token) {
        var pages = new StringBuilder();
        var next = java.util.Optional.of(path);
        var count = 0;
        while (next.isPresent()) {
            var page = get(next.get(), token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            pages.append(page.body());
            next = page.headers().firstValue("Link").map(link -> link.replaceFirst("^<[a-z]+://[^/]+", "")
                    .replaceFirst(">; rel=\"next\"$", ""));
            assertThat(++count).as("pages").isLessThan(1000);
        }
        return pages.toString();
    }

    @Test
    void accountPagesRefuseALimitOutOfRangeOrACursorTheyDidNotMake() {
        var pm = token("pm@peerproof.test");
        for (var path : new String[] {"/api/v1/accounts?limit=0", "/api/v1/accounts?limit=201",
                "/api/v1/accounts?cursor=not-a-cursor", "/api/v1/accounts?cursor=%00"}) {
            var refused = get(path, pm);
            assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
