package org.peerproof.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/** What anyone sees before signing in, through a real browser. */
@PeerProofAppTest
class MainPagesBrowserTest {

    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = new HeadlessChromium(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void homePageShowsTranslatedWelcomeSignInAndDemoNotice() {
        browser.driver().get(KeycloakTestServer.APP_URL + "/");

        assertThat(browser.waitForId("home-title").getText()).isEqualTo("Welcome to PeerProof");
        assertThat(browser.driver().getTitle()).isEqualTo("PeerProof");
        assertThat(browser.waitForId("sign-in").getText()).isEqualTo("Sign in");
        assertThat(browser.waitForId("demo-data-notice").getText())
                .isEqualTo("Demo data: every company and person shown here is made up.");
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheKeycloakLogin() {
        for (var path : new String[] {"/portal", "/admin"}) {
            browser.driver().manage().deleteAllCookies();
            browser.driver().get(KeycloakTestServer.APP_URL + path);

            assertThat(browser.waitForId("kc-form-login").isDisplayed()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakTestServer.ISSUER);
        }
    }
}
