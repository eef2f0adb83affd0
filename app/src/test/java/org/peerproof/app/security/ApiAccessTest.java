package org.peerproof.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
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
    private Long alicesSecondAsk;
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
        // Alice has a second page of asks even without the demo's.
        alicesSecondAsk = asks.save(new Ask(otherRequest, alice, now, now.plusSeconds(2 * 86_400))).getId();
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
        assertThat(response.body()).contains("\"timeZone\"", "\"upcoming\"", "\"open\"", "\"earlier\"");
        var all = allPages("/api/v1/asks?limit=3", token(ALICE));
        assertThat(all).contains("\"id\":" + alicesAsk).doesNotContain("\"id\":" + bensAsk + ",");
        var alice = advocates.findByEmailIgnoreCase(ALICE).orElseThrow();
        var alicesAsks = asks.findByAdvocateIdOrderByAskedAtDesc(alice.getId());
        assertThat(countOccurrences(all, "\"activityType\"")).isEqualTo(alicesAsks.size());
        assertThat(alicesAsks).allSatisfy(ask -> assertThat(countOccurrences(all, "{\"id\":" + ask.getId() + ","))
                .as("ask " + ask.getId()).isEqualTo(1));
        // The prospect's confidential deal amount and name never reach the advocate.
        assertThat(all).doesNotContain("dealAmount").doesNotContain("prospectCompany");
    }

    @Test
    void anotherAdvocatesCursorOnlyContinuesInTheirOwnLists() {
        var alicesNext = nextLink(get("/api/v1/asks?limit=1", token(ALICE))).orElseThrow();
        var bensView = get(alicesNext, token(BEN));
        assertThat(bensView.statusCode()).isEqualTo(200);
        assertThat(bensView.body()).doesNotContain("\"id\":" + alicesAsk + ",", "\"id\":" + alicesSecondAsk + ",");

        var alicesGrants = ids(allPages("/api/v1/me/rewards?limit=1", token(ALICE)));
        nextLink(get("/api/v1/me/rewards?limit=1", token(ALICE))).ifPresent(next ->
                assertThat(ids(get(next, token(BEN)).body())).doesNotContainAnyElementsOf(alicesGrants));
        nextLink(get("/api/v1/me/history?limit=1", token(ALICE))).ifPresent(next ->
                assertThat(get(next, token(BEN)).statusCode()).isEqualTo(200));
    }

    /** The ids in a JSON answer, e.g. of the grants in a page of rewards (tiers carry none). */
    private static java.util.List<String> ids(String json) {
        return Pattern.compile("\"id\":(\\d+)").matcher(json).results().map(match -> match.group(1)).toList();
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
            var first = get("/api/v1/requests", token(staff));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(countOccurrences(first.body(), "\"opportunityId\""))
                    .isEqualTo((int) Math.min(50, requests.count()));
            var all = allPages("/api/v1/requests?limit=200", token(staff));
            assertThat(countOccurrences(all, "\"opportunityId\"")).isEqualTo((int) requests.count());
            assertThat(get("/api/v1/requests/" + salesTwosRequest, token(staff)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theQueueInSmallPagesHoldsEveryRequestOnceAndASalesRepsCursorShowsAnotherRepNothingOfTheirs() {
        var pages = allPages("/api/v1/requests?limit=7", token("pm@peerproof.test"));
        assertThat(countOccurrences(pages, "\"opportunityId\"")).isEqualTo((int) requests.count());
        assertThat(requests.findAll()).allSatisfy(request -> assertThat(
                countOccurrences(pages, "{\"id\":" + request.getId() + ",")).as("request " + request.getId())
                .isEqualTo(1));
        var salesPages = allPages("/api/v1/requests?limit=2&q=OPP-API-", token(SALES));
        assertThat(salesPages).contains("\"OPP-API-1\"").doesNotContain("\"OPP-API-2\"");

        var salesNext = nextLink(get("/api/v1/requests?limit=1", token(SALES)));
        assertThat(salesNext).isPresent();
        var otherRep = get(salesNext.orElseThrow(), token(SALES_2));
        assertThat(otherRep.statusCode()).isEqualTo(200);
        assertThat(countOccurrences(otherRep.body(), "\"requestedBy\":\"" + SALES_2 + "\""))
                .isEqualTo(countOccurrences(otherRep.body(), "\"requestedBy\""));
        assertThat(otherRep.body()).doesNotContain("\"OPP-API-1\"");
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

    /** Every page of a keyset-paged list, following the Link headers; each page's JSON, concatenated. */
    private String allPages(String path, String token) {
        var pages = new StringBuilder();
        Optional<String> next = Optional.of(path);
        var count = 0;
        while (next.isPresent()) {
            var page = get(next.get(), token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            pages.append(page.body());
            next = nextLink(page);
            assertThat(++count).as("pages").isLessThan(1000);
        }
        return pages.toString();
    }

    /** The path and query of the next page a paged list names in its Link header. */
    private static Optional<String> nextLink(HttpResponse<String> page) {
        return page.headers().firstValue("Link").map(link -> link.replaceFirst("^<[a-z]+://[^/]+", "")
                .replaceFirst(">; rel=\"next\"$", ""));
    }

    /** The cursor parameter of the next page of a list. */
    private String cursorOf(String path, String token) {
        var next = nextLink(get(path, token)).orElseThrow(() -> new AssertionError(path + " has one page only"));
        var matcher = Pattern.compile("[?&]cursor=([^&]+)").matcher(next);
        assertThat(matcher.find()).as(next).isTrue();
        return matcher.group(1);
    }

    @Test
    void accountPagesRefuseALimitOutOfRangeOrACursorTheyDidNotMake() {
        var pm = token("pm@peerproof.test");
        for (var path : new String[] {"/api/v1/accounts?limit=0", "/api/v1/accounts?limit=201",
                "/api/v1/accounts?cursor=not-a-cursor", "/api/v1/accounts?cursor=%00"}) {
            assertBadRequest(get(path, pm), path);
        }
    }

    @Test
    void everyListRefusesALimitOutOfRangeOrACursorOfAnotherList() {
        var pm = token("pm@peerproof.test");
        var alice = token(ALICE);
        var accountCursor = cursorOf("/api/v1/accounts?limit=1", pm);
        var requestCursor = cursorOf("/api/v1/requests?limit=1", pm);
        var askCursor = cursorOf("/api/v1/asks?limit=1", alice);
        for (var path : new String[] {"/api/v1/requests", "/api/v1/asks", "/api/v1/me/history",
                "/api/v1/me/rewards"}) {
            var token = path.startsWith("/api/v1/requests") ? pm : alice;
            assertThat(get(path + "?limit=200", token).statusCode()).as(path).isEqualTo(200);
            for (var query : new String[] {"?limit=0", "?limit=201", "?limit=x", "?cursor=not-a-cursor",
                    "?cursor=" + accountCursor, "?cursor=" + (path.equals("/api/v1/asks") ? requestCursor : askCursor)}) {
                assertBadRequest(get(path + query, token), path + query);
            }
        }
    }

    private static void assertBadRequest(HttpResponse<String> refused, String path) {
        assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
