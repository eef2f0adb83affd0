package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * The staff home on the demo program: a program manager sees every kind of work and follows a link to where it is
 * done; a sales rep sees only their requests, a customer success manager only check-ins.
 */
@PeerProofAppTest
class AdminHomeBrowserTest {

    private static final String[] EVERY_KIND = {"work-requests-due", "work-asks-expiring", "work-sign-ups-to-review",
            "work-check-ins-overdue", "work-recommitments-due", "work-outbox-failures"};

    private HeadlessChromium browser;

    @BeforeEach
    void keycloak() {
        KeycloakTestServer.requireRunning();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aProgramManagerSeesEveryKindOfWorkAndOpensThePageWhereItIsDone() {
        signIn("pm@peerproof.test");
        for (var kind : EVERY_KIND) {
            assertThat(browser.waitForId(kind + "-count").getText()).as(kind).matches("\\d+");
        }
        browser.saveScreenshot("admin-home-program-manager");

        browser.clickId("work-check-ins-overdue-open");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().endsWith("/admin/check-ins"));
    }

    @Test
    void aSalesRepSeesOnlyTheirRequestsAndACsmOnlyTheirCheckIns() {
        signIn("sales@peerproof.test");
        browser.waitForId("work-requests-due");
        assertThat(kindsShown()).containsExactly("work-requests-due");
        browser.close();

        signIn("csm@peerproof.test");
        browser.waitForId("work-check-ins-overdue");
        assertThat(kindsShown()).containsExactly("work-check-ins-overdue");
    }

    private List<String> kindsShown() {
        return browser.driver().findElements(By.cssSelector("#admin-worklist > div")).stream()
                .map(card -> card.getDomAttribute("id")).toList();
    }

    private void signIn(String email) {
        browser = new HeadlessChromium(1440, 900);
        browser.signInAt(APP_URL + "/admin", email);
    }
}
