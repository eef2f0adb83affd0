package org.peerproof.app.pwa;

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
 * Chromium itself judges whether PeerProof can be installed: served from localhost (a secure context), with the
 * manifest and an active service worker that handles fetches, it must report no installability errors.
 */
@PeerProofAppTest
class InstallabilityBrowserTest {

    private HeadlessChromium browser;

    @BeforeEach
    void openBrowser() {
        browser = new HeadlessChromium(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void chromiumFindsNothingThatStopsInstallation() {
        browser.driver().get(APP_URL + "/");
        browser.waitForId("home-title");
        assertThat(activeServiceWorkerScope()).isEqualTo(APP_URL + "/");

        var result = browser.driver().executeCdpCommand("Page.getInstallabilityErrors", Map.of());

        assertThat((List<?>) result.get("installabilityErrors")).as("installability errors").isEmpty();
        var manifest = browser.driver().executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat((List<?>) manifest.get("errors")).as("manifest errors").isEmpty();
        assertThat((String) manifest.get("url")).isEqualTo(APP_URL + "/manifest.webmanifest");
    }

    /**
     * The service worker keeps the translated offline page in its cache, ready for when the network is gone.
     * (DevTools' offline emulation reaches only the page, not the service worker's own fetches, so the test reads
     * the cache the service worker answers from instead of pulling the plug.)
     */
    @Test
    void theServiceWorkerCachesTheTranslatedOfflinePage() {
        browser.driver().get(APP_URL + "/");
        browser.waitForId("home-title");
        activeServiceWorkerScope();

        var cached = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  for (let attempt = 0; attempt < 100; attempt++) {
                    for (const name of await caches.keys()) {
                      const page = await (await caches.open(name)).match('offline.html', {ignoreSearch: true});
                      if (page) {
                        return done(await page.text());
                      }
                    }
                    await new Promise(resolve => setTimeout(resolve, 200));
                  }
                  done(null);
                })();""");

        assertThat((String) cached).as("offline page in the service worker's cache")
                .contains("<h1 id=\"offline-title\">You are offline</h1>", ">Try again</button>");
    }

    /** Waits until the page's service worker is active (Vaadin registers it after the page loads). */
    private String activeServiceWorkerScope() {
        var scope = browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(registration => done(registration.scope));");
        return (String) scope;
    }
}
