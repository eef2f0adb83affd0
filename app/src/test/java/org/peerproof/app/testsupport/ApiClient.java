package org.peerproof.app.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Calls the application's API the way the mobile app does: JSON over HTTP with a real Keycloak access token. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens;
    private final Map<String, String> headers;

    public ApiClient() {
        this(new ConcurrentHashMap<>(), Map.of());
    }

    private ApiClient(Map<String, String> tokens, Map<String, String> headers) {
        this.tokens = tokens;
        this.headers = headers;
    }

    /** The same client (and its tokens), sending this header with every request too. */
    public ApiClient withHeader(String name, String value) {
        var more = new HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(tokens, Map.copyOf(more));
    }

    /** A token per demo user, signed in once through the real Keycloak login. */
    public String token(String email) {
        return tokens.computeIfAbsent(email, user -> KeycloakTestServer.accessToken(user, KeycloakTestServer.DEMO_PASSWORD));
    }

    /** A request as this demo user, or without a token when {@code user} is null. */
    public HttpResponse<String> as(String user, String method, String path, String json) {
        return withToken(user == null ? null : token(user), method, path, json);
    }

    /** The same, asking for answers in this language ({@code Accept-Language}). */
    public HttpResponse<String> as(String user, String method, String path, String json, String language) {
        return withToken(user == null ? null : token(user), method, path, json, language);
    }

    public HttpResponse<String> withToken(String token, String method, String path, String json) {
        return withToken(token, method, path, json, "en");
    }

    private HttpResponse<String> withToken(String token, String method, String path, String json, String language) {
        var request = HttpRequest.newBuilder(URI.create(KeycloakTestServer.APP_URL + path))
                .header("Accept-Language", language)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
