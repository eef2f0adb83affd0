package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advocate self-service API with real Keycloak tokens: every endpoint works for Alice, bad input is a 400 or
 * 422 problem that changes nothing, and Alice and Ben never reach each other's records.
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvocateApiTest {

    private static final Pattern PREFERRED_LANGUAGE = Pattern.compile("\"preferredLanguage\":\"([^\"]+)\"");

    static final String ALICE = "advocate1@peerproof.test";
    static final String BEN = "advocate2@peerproof.test";
    static final String CARLA = "advocate3@peerproof.test";
    static final String PROBLEM_JSON = "application/problem+json";

    private final ApiClient api = new ApiClient();

    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired ProgramSettingsRepository settings;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    private ProgramRules demoRules;
    private Long alicesOpenAsk;
    private Long alicesAskToDecline;
    private Long alicesExpiredAsk;
    private Long bensAsk;
    private LocalDate bensBlackoutStart;

    /**
     * The demo history may have left Alice paused, resting or at her cap; this test wants her askable, so it
     * lifts the rest period and raises the cap for its own run and puts the demo settings back afterwards.
     */
    @BeforeAll
    void askableAdvocatesWithAsks() {
        KeycloakTestServer.requireRunning();
        transactions.executeWithoutResult(status -> {
            var current = settings.current();
            demoRules = current.toRules();
            current.apply(new ProgramRules(10, 0, 0, demoRules.burnoutAskThreshold(),
                    demoRules.burnoutDeclineStreak(), demoRules.askExpiryBusinessDays(),
                    demoRules.actionLinkExpiryDays(), demoRules.recommitmentPeriodMonths(),
                    demoRules.profileReviewMonths(), demoRules.matchedWithinHours()));
            var alice = advocates.findByEmailIgnoreCase(ALICE).orElseThrow();
            alice.pauseUntil(null);
            alice.getBlackouts().clear();
            alice.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 10, ContactChannel.VIDEO_CALL);
            var ben = advocates.findByEmailIgnoreCase(BEN).orElseThrow();
            bensBlackoutStart = LocalDate.now(clock.withZone(ben.getTimeZone())).plusDays(40);
            ben.getBlackouts().add(new BlackoutPeriod(bensBlackoutStart, bensBlackoutStart.plusDays(2)));
        });
        var now = clock.instant();
        var open = now.plus(2, ChronoUnit.DAYS);
        alicesOpenAsk = ask(ALICE, "OPP-SELF-1", open);
        alicesAskToDecline = ask(ALICE, "OPP-SELF-2", open);
        alicesExpiredAsk = ask(ALICE, "OPP-SELF-3", now.minus(1, ChronoUnit.HOURS));
        bensAsk = ask(BEN, "OPP-SELF-4", open);
    }

    @AfterAll
    void restoreDemoSettings() {
        transactions.executeWithoutResult(status -> settings.current().apply(demoRules));
    }

    @Test
    void profileCanBeReadAndUpdated() {
        var saved = send("PUT", "/api/v1/me", ALICE, """
                {"title":"VP Finance","persona":"FINANCE","languages":["en","de"],"timeZone":"Europe/Berlin",
                 "outcomes":["Closed the books in 4 days"],"bio":"Runs finance.","phone":"+49 30 1234"}""");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"title\":\"VP Finance\"", "\"profileComplete\":false");

        var me = send("GET", "/api/v1/me", ALICE, null);
        assertThat(me.body()).contains("\"title\":\"VP Finance\"", "Closed the books in 4 days", ALICE);
        assertThat(send("POST", "/api/v1/me/profile-review", ALICE, null).body()).contains("\"needsReview\":false");
    }

    @Test
    void theLanguageCanBeChangedToOneWeOfferOnly() {
        var original = PREFERRED_LANGUAGE.matcher(send("GET", "/api/v1/me", ALICE, null).body()).results()
                .map(match -> match.group(1)).findFirst().orElse("en");
        try {
            var changed = send("PUT", "/api/v1/me/language", ALICE, "{\"language\":\"de-AT\"}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(send("GET", "/api/v1/me", ALICE, null).body()).contains("\"preferredLanguage\":\"de\"");

            assertProblem(send("PUT", "/api/v1/me/language", ALICE, "{\"language\":\"pt\"}"), 422);
            assertProblem(send("PUT", "/api/v1/me/language", ALICE, "{}"), 400);
            assertThat(send("GET", "/api/v1/me", ALICE, null).body()).contains("\"preferredLanguage\":\"de\"");
        } finally {
            send("PUT", "/api/v1/me/language", ALICE, "{\"language\":\"" + original + "\"}");
        }
    }

    @Test
    void optionsNeverListTheCustomerAccountsWhichAreFoundByNameOnly() {
        var options = send("GET", "/api/v1/me/options", ALICE, null);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"products\"", "\"useCases\"", "REFERENCE_CALL_30")
                .doesNotContain("\"accounts\"", "relationshipOwner", "@peerproof.test", "industry");

        var company = accounts.findByPendingReviewFalseOrderByCompanyNameAsc().getFirst().getCompanyName();
        var found = send("GET", "/api/v1/me/companies?name="
                + URLEncoder.encode(company.substring(0, 4).toLowerCase(Locale.ROOT), StandardCharsets.UTF_8),
                ALICE, null);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"name\":\"" + company + "\"").doesNotContain("industry");
        assertThat(found.body().split("\"id\"")).hasSizeLessThanOrEqualTo(1 + 5);
        assertThat(send("GET", "/api/v1/me/companies?name="
                + URLEncoder.encode(company.substring(0, 2), StandardCharsets.UTF_8), ALICE, null).body())
                .isEqualTo("[]");
        assertThat(send("GET", "/api/v1/me/companies", ALICE, null).body()).isEqualTo("[]");
    }

    @Test
    void invalidProfileInputIsA400WithFieldErrorsAndChangesNothing() {
        var before = send("GET", "/api/v1/me", ALICE, null).body();
        var response = send("PUT", "/api/v1/me", ALICE,
                "{\"title\":\"CFO\",\"bio\":\"" + "x".repeat(2001) + "\",\"languages\":[\"EN\"]}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"errors\"", "\"field\":\"bio\"", "\"field\":\"languages[]\"");
        assertThat(send("GET", "/api/v1/me", ALICE, null).body()).isEqualTo(before);
    }

    @Test
    void invalidInputIsExplainedInTheCallersLanguageNamingTheField() {
        var tooLongBio = "{\"title\":\"CFO\",\"bio\":\"" + "x".repeat(2001) + "\"}";

        var german = api.as(ALICE, "PUT", "/api/v1/me", tooLongBio, "de");
        var japanese = api.as(ALICE, "PUT", "/api/v1/me", tooLongBio, "ja");

        assertProblem(german, 400);
        assertThat(german.body()).contains("Über Sie darf höchstens 2000 Zeichen lang sein.").doesNotContain("size must be");
        assertProblem(japanese, 400);
        assertThat(japanese.body()).contains("「自己紹介」は2000文字以内で入力してください。");
    }

    @Test
    void aBrokenRuleIsA422WithTheTranslatedMessage() {
        var response = send("PUT", "/api/v1/me", ALICE, "{\"timeZone\":\"Mars/Olympus\"}");
        assertProblem(response, 422);
        assertThat(response.body()).contains("Mars/Olympus is not a time zone.", "profile.timeZone.invalid");
    }

    @Test
    void preferencesAreSavedWithinTheCapAndTier() {
        var saved = send("PUT", "/api/v1/me/preferences", ALICE, """
                {"choices":[{"activityType":"REFERENCE_CALL_30","willing":true,"maxAsksPerQuarter":10,
                             "preferredChannel":"VIDEO_CALL"}]}""");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/me/preferences", ALICE, null).body()).contains("\"programCap\":10");

        var aboveCap = send("PUT", "/api/v1/me/preferences", ALICE, """
                {"choices":[{"activityType":"REFERENCE_CALL_30","willing":true,"maxAsksPerQuarter":11}]}""");
        assertProblem(aboveCap, 422);
        assertThat(aboveCap.body()).contains("choose 1 to 10");
        var heavyForTierTwo = send("PUT", "/api/v1/me/preferences", ALICE, """
                {"choices":[{"activityType":"CASE_STUDY","willing":true,"maxAsksPerQuarter":1}]}""");
        assertProblem(heavyForTierTwo, 422);
        assertProblem(send("PUT", "/api/v1/me/preferences", ALICE, "{}"), 400);
    }

    @Test
    void availabilityPauseWorkingHoursAndBlackouts() {
        // Alice's own calendar day: the app checks pauses and blackouts against it (another test may change her zone).
        var today = LocalDate.now(clock.withZone(advocates.findByEmailIgnoreCase(ALICE).orElseThrow().getTimeZone()));
        var start = today.plusDays(60);
        var updated = send("PUT", "/api/v1/me/availability", ALICE,
                "{\"workingHoursStart\":\"09:00\",\"workingHoursEnd\":\"17:00\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"workingHoursStart\":\"09:00:00\"");

        var added = send("POST", "/api/v1/me/availability/blackouts", ALICE,
                "{\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(3) + "\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertProblem(send("POST", "/api/v1/me/availability/blackouts", ALICE,
                "{\"startDate\":\"" + start.plusDays(1) + "\",\"endDate\":\"" + start.plusDays(5) + "\"}"), 422);
        assertProblem(send("POST", "/api/v1/me/availability/blackouts", ALICE, "{\"endDate\":\"" + start + "\"}"),
                400);
        assertProblem(send("PUT", "/api/v1/me/availability", ALICE,
                "{\"pausedUntil\":\"" + today.minusDays(2) + "\"}"), 422);

        assertThat(send("GET", "/api/v1/me/availability", ALICE, null).body()).contains(start.toString())
                .contains("\"pausedUntil\":null");
        assertThat(send("DELETE", "/api/v1/me/availability/blackouts/" + start, ALICE, null).body())
                .doesNotContain(start.toString());
    }

    @Test
    void acceptingAnOpenAskWorksAndAnExpiredOneIsA409() {
        var accepted = send("POST", "/api/v1/asks/" + alicesOpenAsk + "/accept", ALICE, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"");
        assertThat(requestOf(alicesOpenAsk).getFirstMatchedAt()).isNotNull();

        var expired = send("POST", "/api/v1/asks/" + alicesExpiredAsk + "/accept", ALICE, null);
        assertProblem(expired, 409);
        assertThat(expired.body()).contains("This ask has expired");
        assertThat(asks.findById(alicesExpiredAsk).orElseThrow().getStatus()).isEqualTo(AskStatus.PENDING);
        assertThat(requestOf(alicesExpiredAsk).getFirstMatchedAt()).isNull();
    }

    @Test
    void decliningTakesAnOptionalReasonOfAtMost500Characters() {
        var tooLong = send("POST", "/api/v1/asks/" + alicesAskToDecline + "/decline", ALICE,
                "{\"reason\":\"" + "r".repeat(501) + "\"}");
        assertProblem(tooLong, 400);
        assertThat(tooLong.body()).contains("\"field\":\"reason\"");
        assertThat(asks.findById(alicesAskToDecline).orElseThrow().getStatus()).isEqualTo(AskStatus.PENDING);

        var declined = send("POST", "/api/v1/asks/" + alicesAskToDecline + "/decline", ALICE,
                "{\"reason\":\"Travelling\"}");
        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(declined.body()).contains("\"status\":\"DECLINED\"", "Travelling");
        assertThat(send("GET", "/api/v1/asks/" + alicesAskToDecline, ALICE, null).body()).contains("DECLINED");
    }

    @Test
    void aliceAndBenNeverReachEachOthersRecords() {
        for (var path : new String[] {"/api/v1/asks/" + bensAsk + "/accept", "/api/v1/asks/" + bensAsk + "/decline"}) {
            assertProblem(send("POST", path, ALICE, "{}"), 404);
        }
        assertProblem(send("GET", "/api/v1/asks/" + bensAsk, ALICE, null), 404);
        assertProblem(send("POST", "/api/v1/asks/" + alicesExpiredAsk + "/decline", BEN, "{}"), 404);
        assertProblem(send("DELETE", "/api/v1/me/availability/blackouts/" + bensBlackoutStart, ALICE, null), 404);

        assertThat(asks.findById(bensAsk).orElseThrow().getStatus()).isEqualTo(AskStatus.PENDING);
        assertThat(send("GET", "/api/v1/me/availability", BEN, null).body()).contains(bensBlackoutStart.toString());
        assertThat(send("GET", "/api/v1/me", BEN, null).body()).contains(BEN).doesNotContain(ALICE);
    }

    @Test
    void historyAndRewards() {
        var history = send("GET", "/api/v1/me/history", ALICE, null);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"quarters\"", "\"commitment\"", "\"expected\":3")
                .doesNotContain("prospectCompany", "opportunityId");

        var rewards = send("GET", "/api/v1/me/rewards", ALICE, null);
        assertThat(rewards.statusCode()).isEqualTo(200);
        assertThat(rewards.body()).contains("\"grants\"", "\"rank\":2", "\"nextTier\":{\"name\":\"Tier 1");
    }

    @Test
    void theExportIsAJsonAttachmentWithAlicesDataOnly() {
        var export = send("GET", "/api/v1/me/export", ALICE, null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment").contains("peerproof-my-data.json"));
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/json"));
        assertThat(export.body()).contains(ALICE, "Alice Anders", "\"id\":" + alicesOpenAsk, "\"auditEvents\"")
                .doesNotContain(BEN, "Ben Brooks", "\"id\":" + bensAsk + ",", "dealAmount", "prospectCompany");
    }

    @Test
    void carlaReportsAJobChangeAndThenWithdraws() {
        assertProblem(send("POST", "/api/v1/me/job-change", CARLA,
                "{\"newCompanyName\":\"" + "n".repeat(201) + "\"}"), 400);
        assertThat(send("POST", "/api/v1/me/job-change", CARLA, "{\"newCompanyName\":\"Fabrikam\"}").statusCode())
                .isEqualTo(204);
        var carla = advocates.findByEmailIgnoreCase(CARLA).orElseThrow();
        assertThat(carla.getStatus()).isEqualTo(AdvocateStatus.LEFT_COMPANY);

        assertThat(send("POST", "/api/v1/me/withdraw", CARLA, null).statusCode()).isEqualTo(204);
        var withdrawn = advocates.findById(carla.getId()).orElseThrow();
        assertThat(withdrawn.getStatus()).isEqualTo(AdvocateStatus.WITHDRAWN);
        assertThat(withdrawn.getEmail()).endsWith("@withdrawn.invalid");
        assertThat(withdrawn.getKeycloakUserId()).isNull();
    }

    @Test
    void theOpenApiDocumentIsPublicAndListsTheEndpoints() {
        var document = send("GET", "/api/v1/openapi.json", null, null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"title\":\"PeerProof API\"", "\"bearerFormat\":\"JWT\"",
                "\"/api/v1/me\"", "\"/api/v1/me/options\"", "\"/api/v1/me/companies\"",
                "\"/api/v1/me/preferences\"", "\"/api/v1/me/availability\"",
                "\"/api/v1/me/availability/blackouts\"", "\"/api/v1/me/availability/blackouts/{startDate}\"",
                "\"/api/v1/asks\"", "\"/api/v1/asks/{id}\"", "\"/api/v1/asks/{id}/accept\"",
                "\"/api/v1/asks/{id}/decline\"", "\"/api/v1/me/history\"", "\"/api/v1/me/rewards\"",
                "\"/api/v1/me/export\"", "\"/api/v1/me/withdraw\"", "\"/api/v1/me/job-change\"",
                "\"/api/v1/me/profile-review\"");
        assertThat(document.body()).as("the lists are paged").contains("\"name\":\"limit\"", "\"name\":\"cursor\"",
                "\"maximum\":200");
        assertThat(send("GET", "/api/v1/openapi.json.yaml", null, null).statusCode()).isEqualTo(401);
    }

    private Long ask(String email, String opportunityId, Instant expiresAt) {
        return transactions.execute(status -> {
            var request = requests.save(new ReferenceRequest(opportunityId, "Prospect " + opportunityId,
                    Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION,
                    ActivityTypeCode.REFERENCE_CALL_30, LocalDate.now(clock).plusDays(20), "sales@peerproof.test",
                    clock.instant()));
            var advocate = advocates.findByEmailIgnoreCase(email).orElseThrow();
            return asks.save(new Ask(request, advocate, clock.instant().minus(1, ChronoUnit.HOURS), expiresAt)).getId();
        });
    }

    private ReferenceRequest requestOf(Long askId) {
        return transactions.execute(status -> {
            var request = asks.findById(askId).orElseThrow().getRequest();
            request.getFirstMatchedAt();
            return request;
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body()).contains("\"status\":" + status, "\"detail\"");
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        return api.as(user, method, path, json);
    }
}
