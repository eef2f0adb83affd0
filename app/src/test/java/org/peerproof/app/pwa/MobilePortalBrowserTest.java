package org.peerproof.app.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;
import static org.peerproof.app.testsupport.KeycloakTestServer.DEMO_PASSWORD;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.i18n.MessagesConfiguration;
import org.peerproof.portal.PortalRoutes.Section;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PeerProof on a 360 px wide phone: no sideways scrolling, touch targets of at least 44 px, and the portal frame
 * with its bottom navigation after signing in through the real Keycloak page; every portal page on a 390 px phone
 * in three languages. Screenshots go to docs/screenshots.
 */
@PeerProofAppTest
class MobilePortalBrowserTest {

    @Autowired AdvocateRepository advocates;
    @Autowired TransactionTemplate transactions;

    private final MessageSource messages = MessagesConfiguration.createMessageSource();

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 780;
    private static final int WIDE_PHONE_WIDTH = 390;
    private static final int WIDE_PHONE_HEIGHT = 844;
    private static final String ALICE = "advocate1@peerproof.test";

    /** Visible elements of the page (light DOM) whose right edge is past the viewport's. */
    private static final String BEYOND_RIGHT_EDGE = """
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => e.checkVisibility() && !e.closest('vaadin-popover, [popover], vaadin-dialog-overlay'))
              .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 1)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + ' "' + (e.innerText || e.getAttribute('label') || '').slice(0, 40) + '"');
            """;

    /** Bottom-bar labels whose text does not fit their box (cut off or clamped). */
    private static final String CUT_NAV_LABELS = """
            return Array.from(document.querySelectorAll('.portal-nav-label'))
              .filter(e => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1)
              .map(e => e.textContent);
            """;

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
        assertThat(labels).containsExactly("Home", "Asks", "Availability", "Rewards", "More");
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

    /**
     * Every portal page on a 390 px phone in English, German and Japanese: nothing reaches past the right edge and
     * every bottom-bar label is shown whole.
     */
    @Test
    void everyPortalPageFitsA390PxPhoneInEnglishGermanAndJapanese() {
        browser.close();
        browser = new HeadlessChromium(WIDE_PHONE_WIDTH, WIDE_PHONE_HEIGHT);
        browser.emulatePhone(WIDE_PHONE_WIDTH, WIDE_PHONE_HEIGHT);
        Locale saved = transactions.execute(status -> advocates.findByEmailIgnoreCase(ALICE).orElseThrow()
                .getPreferredLocale());
        var problems = new ArrayList<String>();
        try {
            browser.signInAt(APP_URL + "/portal", ALICE);
            browser.waitForId("portal-welcome");
            for (var language : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE)) {
                transactions.executeWithoutResult(status -> advocates.findByEmailIgnoreCase(ALICE).orElseThrow()
                        .setPreferredLocale(language));
                var more = messages.getMessage("portal.nav.short.more", null, language);
                for (var section : Section.values()) {
                    browser.driver().get(APP_URL + "/" + section.path());
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                            browser.script("return !!document.querySelector('.portal-content .portal-page')"
                                    + " && document.querySelector('#portal-nav-more .portal-nav-label')"
                                    + "?.textContent === arguments[0]", more)));
                    settle();
                    var page = language.getLanguage() + " " + section.path();
                    if (section == Section.AVAILABILITY) {
                        browser.saveScreenshot("portal-availability-390-" + language.getLanguage());
                    }
                    @SuppressWarnings("unchecked")
                    var beyond = (List<String>) browser.script(BEYOND_RIGHT_EDGE);
                    beyond.forEach(element -> problems.add(page + ": " + element + " runs off the right edge"));
                    @SuppressWarnings("unchecked")
                    var cut = (List<String>) browser.script(CUT_NAV_LABELS);
                    cut.forEach(label -> problems.add(page + ": nav label \"" + label + "\" is cut"));
                }
            }
        } finally {
            transactions.executeWithoutResult(status -> advocates.findByEmailIgnoreCase(ALICE).orElseThrow()
                    .setPreferredLocale(saved));
        }
        assertThat(problems).isEmpty();
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
