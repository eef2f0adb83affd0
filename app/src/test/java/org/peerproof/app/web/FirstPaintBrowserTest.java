package org.peerproof.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * Issue 15 (docs/benchmarks.md, "Lighthouse"): a phone's first load of the home page and of the portal draws the
 * page where it stays (no layout shift when the app bar is measured) and does without Vaadin's icon set.
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
    void theHomePageDoesNotJumpAndLoadsNoIconSet() {
        browser.driver().get(APP_URL + "/");
        browser.waitForId("home-title");

        assertSettledWithoutShiftOrIconSet();
    }

    @Test
    void thePortalHomeDoesNotJumpAndLoadsNoIconSet() {
        browser.signInAt(APP_URL + "/portal", "advocate1@peerproof.test");
        browser.waitForId("portal-nav-home");

        assertSettledWithoutShiftOrIconSet();
    }

    /** The layout shifts and the scripts of the page's load, read once Vaadin is idle and a moment has passed. */
    @SuppressWarnings("unchecked")
    private void assertSettledWithoutShiftOrIconSet() {
        browser.waitUntilVaadinIsIdle();
        var load = (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const shifts = [];
                new PerformanceObserver(list => list.getEntries().forEach(shift => shifts.push(shift.value)))
                    .observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done({
                  shift: shifts.reduce((sum, value) => sum + value, 0),
                  resources: performance.getEntriesByType('resource').map(resource => resource.name)
                }), 1000);""");

        assertThat(((Number) load.get("shift")).doubleValue()).as("cumulative layout shift").isLessThan(0.01);
        assertThat((List<String>) load.get("resources")).as("resources loaded")
                .isNotEmpty()
                .noneMatch(name -> name.contains("vaadin-iconset"));
    }
}
