package org.peerproof.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak of scripts/keycloak.sh, set up through its admin REST API for one API benchmark run: a client
 * {@value #CLIENT_ID} that may exchange a password for tokens (direct access grants, which the shipped realm's
 * clients do not allow) with the same token mappers as the advocate PWA, so its access tokens look like the PWA's
 * (realm roles, audience peerproof-api); and one Keycloak user per benchmark advocate, with the advocate's verified
 * email, so the application links the generated advocate to the token's subject on the first call, as it links a
 * nominated advocate. The client and users live only for the run ({@link #close}); the password is random.
 */
final class BenchmarkKeycloak implements AutoCloseable {

    static final String CLIENT_ID = "peerproof-benchmark";
    static final String REALM = "advocate-hub";
    private static final String TEMPLATE_CLIENT = "peerproof-pwa";
    private static final String ADVOCATE_ROLE = "advocate";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final List<String> userIds = new ArrayList<>();
    private String adminToken;
    private long adminTokenTakenAt;
    private String clientUuid;

    /** The dev Keycloak's bootstrap admin (admin/admin unless scripts/keycloak.sh was told otherwise). */
    private BenchmarkKeycloak(URI base) {
        this.base = base;
    }

    /** Signs in as the master realm's admin and creates the benchmark client afresh. */
    static BenchmarkKeycloak open(URI base) throws IOException, InterruptedException {
        var keycloak = new BenchmarkKeycloak(base);
        keycloak.createClient();
        return keycloak;
    }

    /** The realm's issuer, as the application is configured with it. */
    URI issuer() {
        return base.resolve("/realms/" + REALM);
    }

    private void createClient() throws IOException, InterruptedException {
        findClient(CLIENT_ID).ifPresent(this::deleteClient);
        var template = findClient(TEMPLATE_CLIENT).orElseThrow(() ->
                new IllegalStateException("Realm " + REALM + " has no client " + TEMPLATE_CLIENT));
        var mappers = JSON.createArrayNode();
        for (var mapper : template.get("protocolMappers")) {
            mappers.add(JSON.createObjectNode().put("name", mapper.get("name").asString())
                    .put("protocol", mapper.get("protocol").asString())
                    .put("protocolMapper", mapper.get("protocolMapper").asString())
                    .set("config", mapper.get("config")));
        }
        var client = JSON.createObjectNode().put("clientId", CLIENT_ID)
                .put("name", "PeerProof API benchmark (scripts/benchmark.sh api, removed after the run)")
                .put("enabled", true).put("protocol", "openid-connect").put("publicClient", true)
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true)
                .put("fullScopeAllowed", true);
        client.set("protocolMappers", mappers);
        admin("POST", "/clients", client.toString(), 201);
        clientUuid = findClient(CLIENT_ID).orElseThrow().get("id").asString();
    }

    /** A user with the advocate realm role and {@code email}, verified; replaces one left by an earlier run. */
    void addAdvocate(String email, String firstName, String lastName) throws IOException, InterruptedException {
        for (var stale : JSON.readTree(admin("GET", "/users?exact=true&username=" + encode(email), null, 200))) {
            admin("DELETE", "/users/" + stale.get("id").asString(), null, 204);
        }
        var user = JSON.createObjectNode().put("username", email).put("email", email).put("emailVerified", true)
                .put("enabled", true).put("firstName", firstName).put("lastName", lastName);
        user.putArray("credentials").addObject().put("type", "password").put("value", password)
                .put("temporary", false);
        admin("POST", "/users", user.toString(), 201);
        var id = JSON.readTree(admin("GET", "/users?exact=true&username=" + encode(email), null, 200))
                .get(0).get("id").asString();
        userIds.add(id);
        var role = admin("GET", "/roles/" + ADVOCATE_ROLE, null, 200);
        admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]", 204);
    }

    /** An access token for the benchmark client, issued to {@code email} by the realm (password grant). */
    String accessToken(String email) throws IOException, InterruptedException {
        return token(REALM, Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", email,
                "password", password, "scope", "openid"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (var id : userIds) {
            admin("DELETE", "/users/" + id, null, 204);
        }
        if (clientUuid != null) {
            admin("DELETE", "/clients/" + clientUuid, null, 204);
        }
    }

    private Optional<JsonNode> findClient(String clientId) throws IOException, InterruptedException {
        var found = JSON.readTree(admin("GET", "/clients?clientId=" + encode(clientId), null, 200));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private void deleteClient(JsonNode client) {
        try {
            admin("DELETE", "/clients/" + client.get("id").asString(), null, 204);
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("Could not remove the benchmark client left by an earlier run", failed);
        }
    }

    private String token(String realm, Map<String, String> form) throws IOException, InterruptedException {
        var body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(base.resolve("/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused a token in realm " + realm + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private String admin(String method, String path, String json, int expected)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve("/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException("Keycloak admin API " + method + " " + path + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }

    /** The master realm's admin tokens live a minute; the run takes longer, so it signs in again as they age. */
    private String adminToken() throws IOException, InterruptedException {
        if (adminToken == null || System.nanoTime() - adminTokenTakenAt > Duration.ofSeconds(30).toNanos()) {
            adminTokenTakenAt = System.nanoTime();
            adminToken = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", setting("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                    "password", setting("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")));
        }
        return adminToken;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String setting(String name, String defaultValue) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
