package org.peerproof.app.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;
import static org.peerproof.app.testsupport.KeycloakTestServer.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * PeerProof on a 360 px wide phone: no sideways scrolling, touch targets of at least 44 px, and the portal frame
 * with its bottom navigation after signing in through the real Keycloak page. Screenshots go to docs/screenshots.
 */
@PeerProofAppTest
class MobilePortalBrowserTest {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 780;

    private HeadlessChromium browser;

    @BeforeAll
    static void keycloakIsUp() {
        KeycloakTestServer.requireRunning();
    }

    @BeforeEach
    void openPhone() {
        browser = new HeadlessChromium(PHONE_WIDTH, PHONE_HEIGHT);
        browser.emulatePhone(PHONE_WIDTH, PHONE_HEIGHT);
    }

    @AfterEach
    void closePhone() {
        browser.close();
    }

    @Test
    void theHomePageFitsAPhone() {
        browser.driver().get(APP_URL + "/");
        browser.waitForId("home-title");
        settle();
        browser.saveScreenshot("home-360");

        assertNoHorizontalScrolling();
        assertAtLeast44PxTall("#sign-in");
        assertAtLeast44PxTall("vaadin-drawer-toggle");
    }

    @Test
    void anAdvocateUsesThePortalOnAPhoneWithBottomNavigation() {
        browser.driver().get(APP_URL + "/portal");
        browser.waitForId("username").sendKeys("advocate1@peerproof.test");
        browser.waitForId("password").sendKeys(DEMO_PASSWORD);
        browser.saveScreenshot("keycloak-login-360");
        browser.waitForId("kc-login").click();

        assertThat(browser.waitForId("portal-welcome").getText()).isEqualTo("Welcome, Alice Anders.");
        var bar = browser.waitForId("portal-bottom-nav");
        settle();
        browser.saveScreenshot("portal-360");

        assertNoHorizontalScrolling();
        var labels = bar.findElements(By.className("portal-nav-label")).stream().map(WebElement::getText).toList();
        assertThat(labels).containsExactly("Home", "My asks", "Availability", "Rewards", "More");
        assertThat(browser.waitForId("portal-nav-home").getAttribute("aria-current")).isEqualTo("page");
        assertAtLeast44PxTall(".portal-nav-item");
        // The bar stays at the bottom of the screen.
        var barBottom = ((Number) browser.script(
                "return document.getElementById('portal-bottom-nav').getBoundingClientRect().bottom")).doubleValue();
        assertThat(barBottom).isEqualTo(PHONE_HEIGHT, offset(1.0));

        browser.waitForId("portal-nav-asks").click();
        assertThat(browser.waitForId("open-asks").isDisplayed()).isTrue();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(APP_URL + "/portal/asks");
        assertThat(browser.waitForId("portal-nav-asks").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.waitForId("portal-nav-home").getAttribute("aria-current")).isNull();

        // "More" opens the drawer with every section.
        browser.waitForId("portal-nav-more").click();
        browser.waitForId("nav-portal-data");
        settle();
        browser.saveScreenshot("portal-360-more");
        assertNoHorizontalScrolling();
        assertAtLeast44PxTall("#nav-portal vaadin-side-nav-item");
        browser.waitForId("nav-portal-data").click();
        assertThat(browser.waitForId("export-my-data").isDisplayed()).isTrue();
    }

    @Test
    void onAWideScreenThePortalSectionsAreInTheSideNavigationAndTheBottomBarIsHidden() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signInAt(APP_URL + "/portal", "advocate1@peerproof.test");

        browser.waitForId("portal-welcome");
        assertThat(browser.waitForId("nav-portal-rewards").isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("portal-bottom-nav")).isDisplayed()).isFalse();
        settle();
        browser.saveScreenshot("portal-desktop");
    }

    private void settle() {
        // Let web components finish rendering and fonts settle before measuring or taking a picture.
        browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => requestAnimationFrame(() => setTimeout(done, 300)));");
    }

    private void assertNoHorizontalScrolling() {
        var scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("page width at " + PHONE_WIDTH + " px").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private void assertAtLeast44PxTall(String selector) {
        @SuppressWarnings("unchecked")
        var heights = (List<Number>) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.getBoundingClientRect().height)", selector);
        assertThat(heights).as("visible " + selector).isNotEmpty();
        assertThat(heights).as("heights of " + selector).allSatisfy(
                height -> assertThat(height.doubleValue()).isGreaterThanOrEqualTo(44));
    }
}
