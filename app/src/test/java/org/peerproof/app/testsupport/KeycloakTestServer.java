package org.peerproof.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real Keycloak that scripts/keycloak.sh runs (scripts/test.sh starts it before the tests). Signs users in
 * the way the mobile app does: authorization code flow with PKCE on the public client, through the login form.
 */
public final class KeycloakTestServer {

    public static final int APP_PORT = 18080;
    public static final String APP_URL = "http://localhost:18080";
    public static final String ISSUER = System.getProperty("peerproof.test.issuer",
            "http://localhost:8180/realms/advocate-hub");
    public static final String DEMO_PASSWORD = "peerproof";

    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern JSON_STRING = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]+)\"");

    private KeycloakTestServer() {
    }

    /** Fails with a clear message when nobody started Keycloak, instead of a confusing login failure. */
    public static void requireRunning() {
        try {
            var response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("Keycloak realm at " + ISSUER).isEqualTo(200);
        } catch (IOException e) {
            throw new AssertionError("Keycloak is not running at " + ISSUER + ": start it with scripts/keycloak.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An access token for the PeerProof API, obtained through the real login form. */
    public static String accessToken(String email, String password) {
        return accessToken(email, password, "peerproof-pwa", null);
    }

    /** An access token issued to the confidential web client, which the API must refuse (issue 14). */
    public static String webClientAccessToken(String email, String password) {
        return accessToken(email, password, "peerproof-web", "peerproof-dev-secret");
    }

    private static String accessToken(String email, String password, String clientId, String clientSecret) {
        try {
            var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var verifier = randomUrlSafe(48);
            var redirectUri = APP_URL + "/";
            var authorize = ISSUER + "/protocol/openid-connect/auth?" + form(Map.of(
                    "client_id", clientId, "response_type", "code", "scope", "openid",
                    "redirect_uri", redirectUri, "state", randomUrlSafe(12),
                    "code_challenge", s256(verifier), "code_challenge_method", "S256"));
            var loginPage = http.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var action = FORM_ACTION.matcher(loginPage.body());
            assertThat(action.find()).as("Keycloak login form").isTrue();
            var submitted = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", sessionCookies(loginPage))
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", email, "password", password))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var location = submitted.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("Login of " + email + " failed: " + submitted.statusCode()));
            var code = queryParameter(location, "code");
            var exchange = new HashMap<>(Map.of("grant_type", "authorization_code",
                    "client_id", clientId, "code", code, "redirect_uri", redirectUri, "code_verifier", verifier));
            if (clientSecret != null) {
                exchange.put("client_secret", clientSecret);
            }
            var tokens = http.send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(exchange)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            return jsonString(tokens.body(), "access_token");
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Creates a user in the realm through the admin API of the dev Keycloak (admin/admin), the way an administrator
     * adds a staff member: a verified address, a password that is not temporary, and exactly {@code realmRole}
     * (the realm's default roles, which make every self-registered person an advocate, are taken off again).
     */
    public static void createUser(String email, String password, String realmRole) {
        try {
            var http = HttpClient.newHttpClient();
            var adminToken = adminToken(http);
            var realm = adminBase() + "/admin/realms/advocate-hub";
            var created = http.send(HttpRequest.newBuilder(URI.create(realm + "/users"))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"username": "%1$s", "email": "%1$s", "firstName": "New", "lastName": "%2$s",
                             "enabled": true, "emailVerified": true,
                             "credentials": [{"type": "password", "value": "%3$s", "temporary": false}]}"""
                            .formatted(email, realmRole, password)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as("creating " + email + ": " + created.body()).isEqualTo(201);
            var location = created.headers().firstValue("Location").orElseThrow();
            var mappings = location + "/role-mappings/realm";
            changeRoleMapping(http, adminToken, mappings, "POST", role(http, adminToken, realm, realmRole));
            changeRoleMapping(http, adminToken, mappings, "DELETE",
                    role(http, adminToken, realm, "default-roles-advocate-hub"));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Removes a user the tests registered, through the admin API of the dev Keycloak (admin/admin). */
    public static void deleteUser(String email) {
        try {
            var http = HttpClient.newHttpClient();
            var adminToken = adminToken(http);
            var users = adminBase() + "/admin/realms/advocate-hub/users";
            var found = http.send(HttpRequest.newBuilder(URI.create(users + "?exact=true&email="
                            + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
            var id = jsonString(found.body(), "id");
            http.send(HttpRequest.newBuilder(URI.create(users + "/" + id)).DELETE()
                    .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Keycloak's own address, without the realm. */
    private static String adminBase() {
        return ISSUER.substring(0, ISSUER.indexOf("/realms/"));
    }

    private static String adminToken(HttpClient http) throws IOException, InterruptedException {
        return jsonString(http.send(HttpRequest.newBuilder(
                        URI.create(adminBase() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", "admin", "password", "admin"))))
                .build(), HttpResponse.BodyHandlers.ofString()).body(), "access_token");
    }

    /** The realm role's representation, as the role-mapping endpoints take it. */
    private static String role(HttpClient http, String adminToken, String realm, String name)
            throws IOException, InterruptedException {
        var found = http.send(HttpRequest.newBuilder(URI.create(realm + "/roles/" + name))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as("realm role " + name).isEqualTo(200);
        return found.body();
    }

    private static void changeRoleMapping(HttpClient http, String adminToken, String mappings, String method,
                                          String role) throws IOException, InterruptedException {
        var changed = http.send(HttpRequest.newBuilder(URI.create(mappings))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("[" + role + "]"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(method + " " + mappings + ": " + changed.body()).isEqualTo(204);
    }

    /**
     * Keycloak's login session cookies, sent back by hand: they are marked Secure, which java.net's cookie
     * handling refuses over plain http even on localhost (browsers treat localhost as secure).
     */
    private static String sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static String jsonString(String json, String field) {
        var matcher = Pattern.compile(JSON_STRING.pattern().formatted(field)).matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("No " + field + " in " + json);
        }
        return matcher.group(1);
    }

    private static String queryParameter(String url, String name) {
        for (var pair : URI.create(url).getRawQuery().split("&")) {
            var parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + url);
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        var random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String s256(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
