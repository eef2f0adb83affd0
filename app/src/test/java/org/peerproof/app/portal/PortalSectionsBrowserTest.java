package org.peerproof.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.portal.PortalRoutes;

/** Every portal section opens for a demo advocate with their own data, and nothing on the way fails. */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // sign in once the application is up
class PortalSectionsBrowserTest {

    /** Each section with a sentence only it shows once it has loaded the advocate's data. */
    private static final Map<String, String> SECTIONS = Map.of(
            PortalRoutes.PROFILE, "Step 1 of 3: Your company",
            PortalRoutes.PREFERENCES, "We never ask anyone more than 3 times a quarter.",
            PortalRoutes.AVAILABILITY, "Times are in your time zone",
            PortalRoutes.ASKS, "Earlier asks",
            PortalRoutes.HISTORY, "activities in your commitment year",
            PortalRoutes.REWARDS, "Your tier: Tier 2 - Quick",
            PortalRoutes.DATA, "Everything PeerProof holds about you, as a JSON file.",
            PortalRoutes.NOTIFICATIONS, "Emails about your asks and your membership always come.");

    private HeadlessChromium browser;

    @BeforeAll
    void aliceSignsIn() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(1280, 900);
        browser.signInAt(APP_URL + "/" + PortalRoutes.HOME, "advocate1@peerproof.test");
        browser.waitForId("portal-welcome");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everySectionShowsTheAdvocatesOwnData() {
        SECTIONS.forEach((route, expected) -> {
            browser.driver().get(APP_URL + "/" + route);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                    driver.findElement(By.tagName("body")).getText().contains(expected));
            assertThat(browser.driver().findElements(By.id("access-denied"))).as(route).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card[theme~=error]")))
                    .as(route).isEmpty();
        });
    }
}
