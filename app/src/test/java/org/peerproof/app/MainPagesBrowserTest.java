package org.peerproof.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The whole application against MariaDB with demo data, looked at through a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "peerproof.demo-data.enabled=true")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class MainPagesBrowserTest {

    private static HeadlessChromium browser;

    @LocalServerPort
    private int port;

    @Autowired
    private AdvocateRepository advocates;

    @Autowired
    private CustomerAccountRepository accounts;

    @BeforeAll
    static void startBrowser() {
        browser = new HeadlessChromium(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void homePageShowsTranslatedWelcome() {
        browser.driver().get("http://localhost:" + port + "/");

        assertThat(browser.waitForId("home-title").getText()).isEqualTo("Welcome to PeerProof");
        assertThat(browser.driver().getTitle()).isEqualTo("PeerProof");
        assertThat(browser.waitForId("demo-data-notice").getText())
                .isEqualTo("Demo data: every company and person shown here is made up.");
    }

    @Test
    void adminConsoleCountsTheDemoData() {
        browser.driver().get("http://localhost:" + port + "/admin");

        assertThat(browser.waitForId("admin-stats").getText())
                .isEqualTo(advocates.count() + " advocates at " + accounts.count() + " customer accounts.");
        assertThat(advocates.count()).isGreaterThanOrEqualTo(300);
    }
}
