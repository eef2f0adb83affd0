package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One advocate's writes racing each other through the API (issue 14): of 25 accepts and 25 declines of one pending
 * ask exactly one wins and every other answer is 409 problem+json; of 10 profile saves each is 200 or 409 and the
 * stored profile is one that was acknowledged, whole (docs/reliability.md R1, R3). Figures go to docs/reliability.md.
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritesTest {

    static final String BEN = "advocate2@peerproof.test";
    static final int ACCEPTS = 25;
    static final int DECLINES = 25;
    static final int PROFILE_SAVES = 10;

    private final ApiClient api = new ApiClient();

    @Autowired AdvocateRepository advocates;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired ProgramSettingsRepository settings;
    @Autowired EligibilityNow eligibilityNow;
    @Autowired TransactionTemplate transactions;
    @Autowired JsonMapper json;
    @Autowired Clock clock;

    private ProgramRules demoRules;
    private EditableProfile bensProfile;

    /**
     * Ben must be able to accept, or every accept would lose to rule 1 (422) instead of to the race: the demo
     * history may have left him paused, resting or at his cap, so his pause and today's blackouts go, and the
     * program's cap and rest are lifted for this run (the demo settings come back afterwards).
     */
    @BeforeAll
    void benIsAskableAndSignedIn() {
        KeycloakTestServer.requireRunning();
        transactions.executeWithoutResult(status -> {
            var current = settings.current();
            demoRules = current.toRules();
            current.apply(new ProgramRules(100, 0, 0, demoRules.burnoutAskThreshold(),
                    demoRules.burnoutDeclineStreak(), demoRules.askExpiryBusinessDays(),
                    demoRules.actionLinkExpiryDays(), demoRules.recommitmentPeriodMonths(),
                    demoRules.profileReviewMonths(), demoRules.matchedWithinHours()));
            var ben = advocates.findByEmailIgnoreCase(BEN).orElseThrow();
            ben.pauseUntil(null);
            ben.getBlackouts().removeIf(blackout -> blackout.covers(ben.today(clock)));
            ben.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 100, ContactChannel.VIDEO_CALL);
        });
        // The first request links Ben's Keycloak account to his record; the races are about the ask and the profile.
        var me = api.as(BEN, "GET", "/api/v1/me", null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        bensProfile = json.readValue(me.body(), EditableProfile.class);
    }

    @AfterAll
    void restoreDemoSettingsAndBensProfile() {
        transactions.executeWithoutResult(status -> settings.current().apply(demoRules));
        var restored = api.as(BEN, "PUT", "/api/v1/me", json.writeValueAsString(bensProfile.form()));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }

    @Test
    void ofAcceptsRacingDeclinesOfOneAskExactlyOneWinsAndTheRestAre409() throws Exception {
        var askId = pendingAskOfBen();
        var answers = race(IntStream.range(0, ACCEPTS + DECLINES)
                .mapToObj(i -> (Callable<HttpResponse<String>>) () -> answer(askId, i)).toList());

        var accepted = answers.subList(0, ACCEPTS);
        var declined = answers.subList(ACCEPTS, answers.size());
        System.out.printf("ConcurrentWritesTest: %d accepts racing %d declines of ask %d: accepts %s, declines %s%n",
                ACCEPTS, DECLINES, askId, figures(accepted), figures(declined));

        var winners = IntStream.range(0, answers.size()).filter(i -> answers.get(i).statusCode() / 100 == 2).boxed()
                .toList();
        assertThat(winners).as("successful answers").hasSize(1);
        assertThat(answers).allSatisfy(response -> {
            if (response.statusCode() / 100 != 2) {
                ApiErrorContractTest.assertProblem(response, 409);
            }
        });
        var winner = winners.getFirst();
        var stored = transactions.execute(status -> asks.findById(askId).orElseThrow());
        if (winner < ACCEPTS) {
            assertThat(answers.get(winner).body()).contains("\"status\":\"ACCEPTED\"");
            assertThat(stored.getStatus()).isEqualTo(AskStatus.ACCEPTED);
            assertThat(stored.getDeclineReason()).isNull();
        } else {
            assertThat(answers.get(winner).body()).contains("\"status\":\"DECLINED\"");
            assertThat(stored.getStatus()).isEqualTo(AskStatus.DECLINED);
            assertThat(stored.getDeclineReason()).isEqualTo(declineReason(winner));
        }
    }

    @Test
    void ofConcurrentProfileSavesEachIs200Or409AndTheStoredProfileIsOneThatWasAcknowledged() throws Exception {
        var forms = IntStream.range(0, PROFILE_SAVES).mapToObj(i -> {
            var original = bensProfile.form();
            return new ProfileForm("Race title " + i, original.persona(), original.accountId(),
                    original.newCompany(), i % 2 == 0 ? Set.of("en", "de") : Set.of("fr"), original.timeZone(),
                    original.productIds(), original.useCaseIds(), List.of("Race outcome " + i), "Race bio " + i,
                    original.phone());
        }).toList();
        var answers = race(forms.stream().map(form -> (Callable<HttpResponse<String>>) () ->
                api.as(BEN, "PUT", "/api/v1/me", json.writeValueAsString(form))).toList());

        System.out.printf("ConcurrentWritesTest: %d concurrent profile saves: %s%n", PROFILE_SAVES, figures(answers));
        assertThat(answers).allSatisfy(response -> {
            if (response.statusCode() != 200) {
                ApiErrorContractTest.assertProblem(response, 409);
            }
        });
        var acknowledged = IntStream.range(0, PROFILE_SAVES).filter(i -> answers.get(i).statusCode() == 200)
                .mapToObj(forms::get).toList();
        assertThat(acknowledged).as("acknowledged saves").isNotEmpty();
        var stored = json.readValue(api.as(BEN, "GET", "/api/v1/me", null).body(), EditableProfile.class).form();
        assertThat(acknowledged).as("the stored profile, whole, is one that was acknowledged").contains(stored);
    }

    /** A pending ask of Ben's, open for two more days, that he may accept (rule 1 holds now). */
    private Long pendingAskOfBen() {
        return transactions.execute(status -> {
            var now = clock.instant();
            var request = requests.save(new ReferenceRequest("OPP-RACE-" + now.toEpochMilli(), "Prospect of the race",
                    Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION,
                    ActivityTypeCode.REFERENCE_CALL_30, LocalDate.now(clock).plusDays(20), "sales@peerproof.test",
                    now));
            var ben = advocates.findByEmailIgnoreCase(BEN).orElseThrow();
            var ask = asks.save(new Ask(request, ben, now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS)));
            assertThat(eligibilityNow.forAccepting(ask).reasons()).as("Ben may accept the ask").isEmpty();
            return ask.getId();
        });
    }

    /** Answer {@code i} of the race: the first {@value #ACCEPTS} accept, the others decline, each with its reason. */
    private HttpResponse<String> answer(Long askId, int i) {
        return i < ACCEPTS
                ? api.as(BEN, "POST", "/api/v1/asks/" + askId + "/accept", null)
                : api.as(BEN, "POST", "/api/v1/asks/" + askId + "/decline",
                        "{\"reason\":\"" + declineReason(i) + "\"}");
    }

    private static String declineReason(int i) {
        return "Race " + i;
    }

    /** Runs every call at once: each waits on its own thread until all are ready, then they go together. */
    private static List<HttpResponse<String>> race(List<Callable<HttpResponse<String>>> calls) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            var futures = calls.stream().map(call -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            var answers = new ArrayList<HttpResponse<String>>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    /** How many answers had each status, e.g. {200=1, 409=24}. */
    private static Map<Integer, Long> figures(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new,
                Collectors.counting()));
    }
}
