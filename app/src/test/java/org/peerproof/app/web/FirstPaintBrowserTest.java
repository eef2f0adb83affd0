package org.peerproof.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * Issue 15 (docs/benchmarks.md, "Lighthouse"): a phone's first load of the home page and of the portal does without
 * Vaadin's icon set.
 */
@PeerProofAppTest
class FirstPaintBrowserTest {

    private HeadlessChromium browser;

    @BeforeEach
    void openBrowser() {
        browser = new HeadlessChromium(412, 823);
        browser.emulatePhone(412, 823);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theHomePageLoadsNoIconSet() {
        browser.driver().get(APP_URL + "/");
        browser.waitForId("home-title");

        assertLoadedWithoutIconSet();
    }

    @Test
    void thePortalHomeLoadsNoIconSet() {
        browser.signInAt(APP_URL + "/portal", "advocate1@peerproof.test");
        browser.waitForId("portal-nav-home");

        assertLoadedWithoutIconSet();
    }

    /** The scripts of the page's load, read once Vaadin is idle and a moment has passed. */
    @SuppressWarnings("unchecked")
    private void assertLoadedWithoutIconSet() {
        browser.waitUntilVaadinIsIdle();
        var resources = (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                setTimeout(() => done(performance.getEntriesByType('resource').map(resource => resource.name)), 1000);""");

        assertThat(resources).as("resources loaded")
                .isNotEmpty()
                .noneMatch(name -> name.contains("vaadin-iconset"));
    }
}
