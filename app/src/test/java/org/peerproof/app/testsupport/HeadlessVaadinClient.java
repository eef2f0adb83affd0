package org.peerproof.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opens Vaadin views over plain HTTP, the way a browser and Vaadin's client do, for measurements that need many
 * sessions (issue 15). Each {@link #openView} is a new HTTP session: it follows the web sign-in through Keycloak
 * (the login form the first time, Keycloak's single sign-on afterwards, so every session still gets its own code
 * and token exchange), loads the bootstrap page, creates the view's UI and sends what Chromium sends once the view
 * shows, so the server ends up holding what it holds for a browser.
 */
public final class HeadlessVaadinClient {

    private static final int MAX_REDIRECTS = 10;
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern TAG = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"([a-z-]+)\"");
    /**
     * What Chromium's web components report right after a page of the main layout has loaded (captured at
     * 1280 x 900): property and value by element. Its change events of properties it leaves as they were (the
     * language select's) change nothing on the server and are left out.
     */
    private static final Map<String, Map<String, Object>> REPORTED_PROPERTIES = Map.of(
            "vaadin-app-layout", Map.of("primarySection", "navbar", "drawerOpened", true, "overlay", false),
            "vaadin-side-nav", Map.of("collapsed", false),
            "vaadin-side-nav-item", Map.of("expanded", false));
    private static final URI KEYCLOAK = URI.create(KeycloakTestServer.ISSUER);

    private final HttpClient http;
    /** Keycloak's login session cookies, shared by all sessions (one sign-on); the application's are per session. */
    private final Map<String, String> keycloakCookies = new HashMap<>();
    private final String email;

    /**
     * Signs in as {@code email}, connecting from the loopback address {@code from} (127.0.0.2, ...) as if from a
     * machine of its own: the public sign-in endpoints count requests per client address ({@code RateLimitProperties}).
     */
    public HeadlessVaadinClient(String email, InetAddress from) {
        this.email = email;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).localAddress(from).build();
    }

    /** What one {@link #openView} left on the server: its session id and the UIDL that showed the view. */
    public record OpenedView(String sessionId, String uidl) {
    }

    /**
     * Signs in in a new HTTP session and opens {@code route} (e.g. {@code portal}) in a new UI, as Vaadin's client
     * does (Flow.js): the bootstrap page, the UI init request {@code ?v-r=init} with the browser details
     * (flowInitUi), the {@code ui-navigate} event that shows the route in it (flowNavigate), then the browser's next
     * message ({@link #reportedProperties}).
     */
    public OpenedView openView(String route) {
        var appCookies = new HashMap<String, String>();
        var page = follow(URI.create(KeycloakTestServer.APP_URL + "/" + route), appCookies);
        if (isKeycloak(page.uri())) {
            page = follow(submitLoginForm(page), appCookies);
        }
        assertThat(page.statusCode()).as("bootstrap page of " + route + " at " + page.uri()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/" + route);
        var browserDetails = KeycloakTestServer.form(Map.ofEntries(Map.entry("location", route),
                Map.entry("query", ""), Map.entry("v-sw", "1280"), Map.entry("v-sh", "900"), Map.entry("v-ww", "1280"),
                Map.entry("v-wh", "900"), Map.entry("v-bw", "1280"), Map.entry("v-bh", "900"),
                Map.entry("v-tzid", "UTC"), Map.entry("v-tzo", "0"), Map.entry("v-rtzo", "0"), Map.entry("v-dstd", "0"),
                Map.entry("v-dston", "false"), Map.entry("v-td", "false"), Map.entry("v-pr", "1"),
                Map.entry("v-tn", "lumo")));
        var init = send(URI.create(KeycloakTestServer.APP_URL + "/?v-r=init&" + browserDetails), appCookies);
        assertThat(init.statusCode()).as("UI init of " + route).isEqualTo(200);
        assertThat(init.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        var csrfToken = SECURITY_KEY.matcher(init.body());
        assertThat(csrfToken.find()).as("Vaadin's CSRF token in the UI init").isTrue();
        // With React Router in the client (Vaadin's default) the UI shows no route until the client navigates to it.
        var navigate = sendUidl(csrfToken.group(1), """
                [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/%s","query":"","appShellTitle":"",\
                "historyState":{"idx":0},"trigger":""}}]""".formatted(route), "0", 0, appCookies);
        assertThat(navigate.statusCode()).as("navigation to " + route).isEqualTo(200);
        var syncId = SYNC_ID.matcher(navigate.body());
        assertThat(syncId.find()).as("the server's sync id").isTrue();
        var followUp = sendUidl(csrfToken.group(1), reportedProperties(navigate.body()), syncId.group(1), 1,
                appCookies);
        assertThat(followUp.statusCode()).as("the message after navigating to " + route).isEqualTo(200);
        return new OpenedView(appCookies.get("JSESSIONID"), navigate.body());
    }

    /**
     * The browser's message right after it has shown the page: its web components report the synchronized
     * properties they set themselves (a change event and the value, {@link #REPORTED_PROPERTIES}). It also replaces
     * the last response, the whole page, that Vaadin keeps to resend should the answer be lost.
     */
    private static String reportedProperties(String uidl) {
        var rpc = new ArrayList<String>();
        var tags = TAG.matcher(uidl);
        while (tags.find()) {
            var node = tags.group(1);
            REPORTED_PROPERTIES.getOrDefault(tags.group(2), Map.of()).forEach((property, value) -> {
                var event = property.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + "-changed";
                rpc.add("""
                        {"type":"event","node":%s,"event":"%s","data":{}}""".formatted(node, event));
                rpc.add("""
                        {"type":"mSync","node":%s,"feature":1,"property":"%s","value":%s}"""
                        .formatted(node, property, value instanceof String text ? "\"" + text + "\"" : value));
            });
        }
        return "[" + String.join(",", rpc) + "]";
    }

    /** One message of Vaadin's client to the UI ({@code v-r=uidl}): its remote calls, as a JSON array. */
    private HttpResponse<String> sendUidl(String csrfToken, String rpc, String syncId, int clientId,
                                          Map<String, String> appCookies) {
        return send(HttpRequest.newBuilder(URI.create(KeycloakTestServer.APP_URL + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"csrfToken":"%s","rpc":%s,"syncId":%s,"clientId":%d}"""
                        .formatted(csrfToken, rpc, syncId, clientId))), appCookies);
    }

    /** Posts the advocate's credentials to Keycloak's login form; returns where Keycloak sends the browser. */
    private URI submitLoginForm(HttpResponse<String> loginPage) {
        var action = KeycloakTestServer.FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("Keycloak login form").isTrue();
        var submitted = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakTestServer.form(Map.of(
                        "username", email, "password", KeycloakTestServer.DEMO_PASSWORD)))), null);
        return URI.create(submitted.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Login of " + email + " failed: " + submitted.statusCode())));
    }

    /** GETs {@code uri} and follows redirects until a page answers, across the application and Keycloak. */
    private HttpResponse<String> follow(URI uri, Map<String, String> appCookies) {
        for (int redirects = 0; redirects < MAX_REDIRECTS; redirects++) {
            var response = send(uri, appCookies);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            uri = uri.resolve(location.get());
        }
        throw new AssertionError("More than " + MAX_REDIRECTS + " redirects from " + uri);
    }

    private HttpResponse<String> send(URI uri, Map<String, String> appCookies) {
        return send(HttpRequest.newBuilder(uri).header("Accept-Language", "en"), appCookies);
    }

    /**
     * Sends with the cookies of the request's server and keeps the ones it sets. By hand: Keycloak's are marked
     * Secure, which java.net's cookie handling refuses over plain http even on localhost.
     */
    private HttpResponse<String> send(HttpRequest.Builder builder, Map<String, String> appCookies) {
        var request = builder.build();
        var jar = isKeycloak(request.uri()) ? keycloakCookies : appCookies;
        if (!jar.isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", jar.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                    .build();
        }
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> keep(cookie, jar));
            return response;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void keep(String setCookie, Map<String, String> jar) {
        var nameValue = setCookie.split(";", 2)[0].split("=", 2);
        var deleted = nameValue.length < 2 || nameValue[1].isEmpty()
                || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0");
        if (deleted) {
            jar.remove(nameValue[0].trim());
        } else {
            jar.put(nameValue[0].trim(), nameValue[1]);
        }
    }

    private static boolean isKeycloak(URI uri) {
        return uri.getPort() == KEYCLOAK.getPort() && uri.getHost().equals(KEYCLOAK.getHost());
    }
}
