package org.peerproof.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.HeadlessVaadinClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.LiveHeap;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.portal.PortalHomeView;
import org.peerproof.portal.PortalRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

/**
 * What a signed-in advocate's portal session costs the server's heap (issue 15: at most 100 KB after GC). Opens
 * {@value #SESSIONS} sessions the way browsers do, each its own HTTP session with its own UI of the portal home, and
 * weighs what ending them frees: everything the sessions hold counts (Spring Security's context, Vaadin's session,
 * the UI and its component tree). The ceiling is generous so the test guards against regressions without being
 * flaky; the figure it prints is the measurement.
 */
@PeerProofAppTest
class PortalSessionMemoryTest {

    /** One advocate signing in again and again: each sign-in is a session of its own all the same. */
    private static final String ADVOCATE = "advocate1@peerproof.test";
    /** The web sign-in's client registration (SecurityConfiguration). */
    private static final String REGISTRATION_ID = "keycloak";
    private static final int SESSIONS = 200;
    /** Not measured: the first sessions sign in with the password and load classes and caches. */
    private static final int WARM_UP = 9;
    private static final long GOAL_BYTES = 100 * 1024;
    /** Twice the goal: the figure moves by a few hundred bytes from run to run, a regression by far more. */
    private static final long CEILING_BYTES = 2 * GOAL_BYTES;

    /**
     * Each session sends two requests to the sign-in endpoints, which take 300 a minute from one address: the
     * sessions come from this many addresses in turn.
     */
    private static final int CLIENT_ADDRESSES = 3;

    @Autowired
    ServletWebServerApplicationContext application;

    @Autowired
    OAuth2AuthorizedClientService authorizedClients;

    /** Made before measuring, as their HTTP clients and connections live in this heap too. */
    private final List<HeadlessVaadinClient> clients = IntStream.range(0, CLIENT_ADDRESSES)
            .mapToObj(n -> new HeadlessVaadinClient(ADVOCATE, loopback(n))).toList();

    @Test
    void aSignedInPortalSessionHoldsLittleHeap() throws IOException {
        KeycloakTestServer.requireRunning();
        var sessions = sessionManager();
        var warmUp = new ArrayList<String>();
        var measured = new ArrayList<String>();
        try {
            for (int i = 0; i < WARM_UP; i++) {
                warmUp.add(openPortalHome(i));
            }
            long started = System.nanoTime();
            for (int i = 0; i < SESSIONS; i++) {
                measured.add(openPortalHome(WARM_UP + i));
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(measured).doesNotHaveDuplicates();
            for (var id : measured) {
                assertThat(sessions.findSession(id)).as("HTTP session " + id).isNotNull();
            }

            // What the sessions hold is what their end frees: the two histograms are taken moments apart, so little
            // else changes in between (the application's own caches, other requests' leftovers).
            var withSessions = LiveHeap.baseline();
            expire(measured);
            var withoutSessions = LiveHeap.now();

            long perSession = (withSessions.bytes() - withoutSessions.bytes()) / SESSIONS;
            System.out.printf("PortalSessionMemoryTest: %d portal sessions opened in %,d ms; ending them freed"
                            + " %,d bytes: %,d bytes (%.1f KB) per signed-in portal session (goal %d KB)%n", SESSIONS,
                    elapsedMillis, withSessions.bytes() - withoutSessions.bytes(), perSession, perSession / 1024.0,
                    GOAL_BYTES / 1024);
            withSessions.grownSince(withoutSessions, 30).forEach(held -> System.out.printf(
                    "PortalSessionMemoryTest:   %,8d bytes %7.1f objects per session  %s%n",
                    held.bytes() / SESSIONS, (double) held.instances() / SESSIONS, held.className()));

            var viewsFreed = withSessions.instancesOf(PortalHomeView.class)
                    - withoutSessions.instancesOf(PortalHomeView.class);
            assertThat(viewsFreed).as("portal home UIs").isEqualTo(SESSIONS);
            assertThat(perSession).isLessThan(CEILING_BYTES);
        } finally {
            expire(warmUp);
            expire(measured);
        }
    }

    /**
     * A sign-in leaves no tokens behind outside its session: Spring Boot's default kept every person's access and
     * refresh token in the process (about 3 KB each) until the node stopped, which the sessions above cannot show
     * as they are all one advocate's.
     */
    @Test
    void signingInKeepsNoTokensOutsideTheSession() throws IOException {
        KeycloakTestServer.requireRunning();
        var view = clients.getFirst().openView(PortalRoutes.HOME);
        try {
            OAuth2AuthorizedClient kept = authorizedClients.loadAuthorizedClient(REGISTRATION_ID, ADVOCATE);
            assertThat(kept).isNull();
        } finally {
            expire(List.of(view.sessionId()));
        }
    }

    /** The Spring context is shared with the other application tests: leave their heap as it was. */
    private void expire(List<String> sessionIds) throws IOException {
        var sessions = sessionManager();
        for (var id : sessionIds) {
            var session = sessions.findSession(id);
            if (session != null) {
                session.expire();
            }
        }
    }

    /** The {@code n}th session; the clients take turns. */
    private String openPortalHome(int n) {
        var view = clients.get(n % CLIENT_ADDRESSES).openView(PortalRoutes.HOME);
        assertThat(view.uidl()).as("the UIDL that showed the portal home").contains("portal-welcome");
        return view.sessionId();
    }

    /** 127.0.0.2, 127.0.0.3, ...: all of 127.0.0.0/8 is this machine, the other tests use 127.0.0.1. */
    private static InetAddress loopback(int n) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + n)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private Manager sessionManager() {
        var tomcat = ((TomcatWebServer) application.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }
}
