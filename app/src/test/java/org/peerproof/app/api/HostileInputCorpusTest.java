package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierMove;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14's hostile-input corpus (docs/reliability.md): every field of every JSON body the API accepts, as its
 * OpenAPI document lists them, gets each hostile value, and every body gets each hostile byte sequence. Every answer
 * must be a 2xx whose value reads back exactly as sent (after NFC normalisation), or a 4xx problem+json; never a
 * 5xx, a 403 for an authorised caller, or an empty 200. The corpus is driven by the published contract, so a new
 * endpoint or field is attacked without anyone adding it here; an endpoint with a body but no baseline fails.
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputCorpusTest {

    private static final String SALES = "sales@peerproof.test";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PLACEHOLDER = "hostile-value-goes-here";
    private static final SignedInUser PROGRAM_MANAGER = new SignedInUser("pm", "pm@peerproof.test", true, "pm", null,
            Set.of(Roles.PROGRAM_MANAGER));

    private final ObjectMapper json = new ObjectMapper();
    private final ApiClient api = new ApiClient();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String advocateEmail = "corpus-" + unique + "@example.com";

    @Autowired AdvocateRepository advocates;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired SignUpReview signUpReview;
    @Autowired TierAdministration tierAdministration;
    @Autowired TierRepository tiers;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    private String advocateToken;
    private Long requestId;
    private Long acceptedAskId;
    private Long openAskId;
    private final Map<Integer, Integer> answersByStatus = new TreeMap<>();
    private int inputsTried;
    private int storedExactly;
    private final List<String> faults = new ArrayList<>();

    /** A brand-new advocate (signed up through the API, approved, tier 2) with one accepted and one open ask. */
    @BeforeAll
    void aNewAdvocateWithAsks() {
        KeycloakTestServer.requireRunning();
        KeycloakTestServer.createUser(advocateEmail, KeycloakTestServer.DEMO_PASSWORD, Roles.ADVOCATE);
        advocateToken = KeycloakTestServer.accessToken(advocateEmail, KeycloakTestServer.DEMO_PASSWORD);
        assertThat(api.withToken(advocateToken, "GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
        var advocateId = advocates.findByEmailIgnoreCase(advocateEmail).orElseThrow().getId();
        signUpReview.approve(PROGRAM_MANAGER, advocateId);
        tierAdministration.moveAdvocate(PROGRAM_MANAGER, new TierMove(advocateId,
                tiers.findByRank(2).orElseThrow().getId(), "Hostile-input corpus"));
        var willing = api.withToken(advocateToken, "PUT", "/api/v1/me/preferences", """
                {"choices":[{"activityType":"REFERENCE_CALL_30","willing":true,"maxAsksPerQuarter":3,
                 "preferredChannel":"VIDEO_CALL"}]}""");
        assertThat(willing.statusCode()).as(willing.body()).isEqualTo(200);
        acceptedAskId = askFor(advocateId, "OPP-CORPUS-A-" + unique);
        requestId = transactions.execute(status -> asks.findById(acceptedAskId).orElseThrow().getRequest().getId());
        var accepted = api.withToken(advocateToken, "POST", "/api/v1/asks/" + acceptedAskId + "/accept", null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        openAskId = askFor(advocateId, "OPP-CORPUS-B-" + unique);
    }

    private Long askFor(Long advocateId, String opportunityId) {
        var now = clock.instant();
        return transactions.execute(status -> {
            var request = requests.save(new ReferenceRequest(opportunityId, "Corpus prospect", Industry.HEALTHCARE,
                    SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30,
                    today().plusDays(20), SALES, now));
            var advocate = advocates.findById(advocateId).orElseThrow();
            return asks.save(new Ask(request, advocate, now.minus(1, ChronoUnit.HOURS), now.plus(3, ChronoUnit.DAYS)))
                    .getId();
        });
    }

    @AfterAll
    void removeTheAdvocatesSignIn() {
        KeycloakTestServer.deleteUser(advocateEmail);
    }

    /** A valid body for each operation, the caller, and where the stored values are read back (null: nowhere). */
    private record Target(String token, String baseline, String readBack) {
    }

    private Map<String, Target> targets() {
        var sales = api.token(SALES);
        var today = today();
        var targets = new LinkedHashMap<String, Target>();
        targets.put("PUT /api/v1/me", new Target(advocateToken, """
                {"title":"Head of Quality","persona":"EXECUTIVE","accountId":null,"newCompany":null,
                 "languages":["en"],"timeZone":"Europe/Berlin","productIds":[],"useCaseIds":[],
                 "outcomes":["Faster audits"],"bio":"Runs quality.","phone":"+49 30 1234"}""", "/api/v1/me"));
        targets.put("PUT /api/v1/me/language", new Target(advocateToken, """
                {"language":"en"}""", "/api/v1/me"));
        targets.put("PUT /api/v1/me/preferences", new Target(advocateToken, """
                {"choices":[{"activityType":"REFERENCE_CALL_30","willing":true,"maxAsksPerQuarter":2,
                 "preferredChannel":"VIDEO_CALL"}]}""", "/api/v1/me/preferences"));
        targets.put("PUT /api/v1/me/availability", new Target(advocateToken, """
                {"pausedUntil":null,"workingHoursStart":"09:00","workingHoursEnd":"17:00"}""",
                "/api/v1/me/availability"));
        targets.put("POST /api/v1/me/availability/blackouts", new Target(advocateToken, """
                {"startDate":"%s","endDate":"%s"}""".formatted(today.plusDays(200), today.plusDays(201)),
                "/api/v1/me/availability"));
        targets.put("PUT /api/v1/me/notification-settings", new Target(advocateToken, """
                {"delivery":"IMMEDIATE","categories":["ASKS"]}""", "/api/v1/me/notification-settings"));
        targets.put("POST /api/v1/asks/{id}/decline", new Target(advocateToken, """
                {"reason":"Travelling"}""", null));
        targets.put("POST /api/v1/requests", new Target(sales, """
                {"opportunityId":"OPP-C-%s","prospectCompany":"Prospect","prospectIndustry":"RETAIL",
                 "sizeBand":"MID_MARKET","region":"EMEA","productIds":[],"useCaseId":null,"preferredPersona":null,
                 "languageCode":"en","dealStage":"EVALUATION","dealAmount":1000.50,
                 "activityType":"REFERENCE_CALL_30","neededBy":"%s","notes":"Needs a hospital"}"""
                .formatted(unique, today.plusDays(10)), null));
        targets.put("POST /api/v1/requests/{id}/asks/{askId}/call", new Target(sales, """
                {"callHappened":true,"occurredOn":"%s","prospectFeedback":"Useful","prospectScore":9}"""
                .formatted(today), null));
        targets.put("PUT /api/v1/requests/{id}/asks/{askId}/call-time", new Target(sales, """
                {"scheduledAt":"%s"}""".formatted(clock.instant().plus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS)), null));
        targets.put("PUT /api/v1/requests/{id}/outcome", new Target(sales, """
                {"result":"WON","amount":25000.00,"closeDate":"%s"}""".formatted(today),
                "/api/v1/requests/{id}/outcome"));
        // Last, because a reported job change can end what the advocate may do.
        targets.put("POST /api/v1/me/job-change", new Target(advocateToken, """
                {"newCompanyName":"Acme"}""", null));
        return targets;
    }

    @Test
    void everyFieldOfEveryBodyRefusesOrStoresExactlyEachHostileValue() {
        var contract = json.readTree(api.as(null, "GET", "/api/v1/openapi.json", null).body());
        var operations = operationsWithBodies(contract);
        var targets = targets();
        assertThat(targets.keySet()).as("every operation with a JSON body has a baseline here")
                .containsAll(operations.keySet());
        for (var operation : operations.entrySet()) {
            var target = targets.get(operation.getKey());
            var method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
            var path = concrete(operation.getKey().substring(method.length() + 1));
            var baseline = (ObjectNode) json.readTree(target.baseline());
            for (var field : fieldsOf(contract, operation.getValue(), baseline)) {
                for (var value : HostileValues.FOR_EVERY_FIELD) {
                    var body = baseline.deepCopy();
                    // Spliced in as text: some values (600-deep arrays) are beyond what a JSON tree may hold.
                    ((ObjectNode) body.at(field.head())).put(field.name(), PLACEHOLDER);
                    var answer = send(target.token(), method, path, body.toString()
                            .replace("\"" + PLACEHOLDER + "\"", value).getBytes(StandardCharsets.UTF_8));
                    var where = operation.getKey() + " " + field + "=" + abbreviated(value);
                    judge(where, answer);
                    if (answer.statusCode() / 100 == 2 && target.readBack() != null && field.head().isEmpty()
                            && !value.startsWith("[")) {
                        readBack(where, target, field.name(), json.readTree(value));
                    }
                }
            }
            for (var raw : HostileValues.rawBodies(target.baseline()).entrySet()) {
                judge(operation.getKey() + " body " + raw.getKey(), send(target.token(), method, path,
                        raw.getValue()));
            }
        }
        System.out.printf("Hostile-input corpus: %d operations, %d inputs, answers by status %s, %d values read back"
                + " exactly%n", operations.size(), inputsTried, answersByStatus, storedExactly);
        assertThat(faults).as("answers that were neither a stored 2xx nor a 4xx problem+json").isEmpty();
    }

    /** "METHOD /path" of each operation whose request body is JSON, with its body schema. */
    private static Map<String, JsonNode> operationsWithBodies(JsonNode contract) {
        var operations = new TreeMap<String, JsonNode>();
        for (var path : contract.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                var schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (!schema.isMissingNode()) {
                    operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), schema);
                }
            }
        }
        return operations;
    }

    /** A field in a body: the JSON pointer of the object that holds it ("" for the body itself) and its name. */
    private record Field(String head, String name) {
        @Override
        public String toString() {
            return head + "/" + name;
        }
    }

    /** Every property of the body's schema, and every property of the objects nested in the baseline. */
    private static List<Field> fieldsOf(JsonNode contract, JsonNode schema, JsonNode baseline) {
        var resolved = schema.has("$ref")
                ? contract.at("/components/schemas/" + schema.get("$ref").asString().replace("#/components/schemas/", ""))
                : schema;
        var fields = new ArrayList<Field>();
        resolved.path("properties").propertyNames().forEach(name -> fields.add(new Field("", name)));
        for (var property : baseline.properties()) {
            var nested = property.getValue().isArray() ? property.getValue().path(0) : property.getValue();
            var head = "/" + property.getKey() + (property.getValue().isArray() ? "/0" : "");
            if (nested.isObject()) {
                nested.propertyNames().forEach(name -> fields.add(new Field(head, name)));
            }
        }
        return fields;
    }

    private String concrete(String template) {
        return template.replace("/asks/{id}/", "/asks/" + openAskId + "/")
                .replace("{askId}", String.valueOf(acceptedAskId))
                .replace("{id}", String.valueOf(requestId));
    }

    private void judge(String where, HttpResponse<String> answer) {
        inputsTried++;
        answersByStatus.merge(answer.statusCode(), 1, Integer::sum);
        var status = answer.statusCode();
        var type = answer.headers().firstValue("Content-Type").orElse("");
        if (status / 100 == 2) {
            if (status != 204 && answer.body().isBlank()) {
                faults.add(where + ": " + status + " with an empty body");
            }
        } else if (status / 100 != 4 || status == 403) {
            faults.add(where + ": " + status + " " + abbreviated(answer.body()));
        } else if (!type.startsWith(PROBLEM_JSON) || !answer.body().contains("\"status\":" + status)) {
            faults.add(where + ": " + status + " is not problem+json (" + type + ") " + abbreviated(answer.body()));
        }
    }

    /** The stored value, read again from the database through the API, is what was sent (text as NFC). */
    private void readBack(String where, Target target, String field, JsonNode sent) {
        var stored = json.readTree(send(target.token(), "GET", concrete(target.readBack()), null).body()).get(field);
        if (stored == null || !(sent.isString() || sent.isNumber())) {
            return;
        }
        var expected = sent.isString() ? Normalizer.normalize(sent.asString(), Normalizer.Form.NFC) : null;
        var exact = sent.isString() ? expected.equals(stored.asString())
                : stored.isNumber() && stored.decimalValue().compareTo(sent.decimalValue()) == 0;
        // A blank text clears the field (or keeps it): "empty fields are cleared" is the API's documented meaning.
        var cleared = sent.isString() && sent.asString().isBlank() && (stored.isNull() || stored.asString().isEmpty()
                || !stored.asString().isBlank());
        if (exact || cleared) {
            storedExactly++;
        } else if (!(sent.isString() && stored.isNumber() || sent.isNumber() && stored.isString())) {
            faults.add(where + ": acknowledged but stored as " + abbreviated(stored.toString()));
        }
    }

    private HttpResponse<String> send(String token, String method, String path, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(KeycloakTestServer.APP_URL + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "… (" + text.length() + " chars)";
    }
}
