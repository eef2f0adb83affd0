package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the demo program, a program manager opens the queue, finds advocates for a healthcare prospect in EMEA
 * with 1,000+ employees who wants a 30-minute call, and sees why each advocate scored as they did and why the
 * protected ones are out.
 */
@PeerProofAppTest
class MatchingBrowserTest {

    private HeadlessChromium browser;

    @Autowired
    ReferenceRequestRepository requests;
    @Autowired
    Clock clock;

    @BeforeEach
    void programManagerSignsIn() {
        KeycloakTestServer.requireRunning();
        requests.save(new ReferenceRequest("OPP-MATCH-UI", "Prospect Clinic Group", Industry.HEALTHCARE,
                SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30,
                LocalDate.now(clock).minusYears(5), "sales@peerproof.test", clock.instant()));
        browser = new HeadlessChromium(1440, 900);
        browser.signInAt(APP_URL + "/admin/requests", "pm@peerproof.test");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void rankedAdvocatesShowTheirScoreBreakdownAndProtectedOnesShowWhyTheyAreOut() {
        // Needed by long ago, so it is first in the queue ordered by needed-by date.
        browser.waitForId("match-OPP-MATCH-UI").click();

        assertThat(browser.waitForId("match-request").getText())
                .contains("OPP-MATCH-UI", "Healthcare", "1,000-4,999 employees", "Europe, Middle East & Africa",
                        "Reference call (30+ min)");
        var grid = browser.waitForId("match-candidates");
        // The grid re-renders its rows while data arrives; a row read mid-render is simply read again.
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(WebDriverException.class);
        wait.until(driver -> grid.getText().contains("Same industry: Healthcare."));
        assertThat(grid.getText()).contains("52/52", "Same region: Europe, Middle East & Africa.");
        browser.saveScreenshot("admin-matching");

        browser.waitForId("show-ineligible").click();
        // The demo history leaves some healthcare advocates capped, resting or paused: they are listed last, with
        // the reason; the grid renders only the rows in view, so scroll to them.
        var reasons = List.of("Reached", "Resting", "Paused", "Not active", "Has not agreed", "does not include",
                "Unavailable");
        var reason = wait.until(driver -> {
            browser.script("arguments[0].scrollToIndex(100000)", grid);
            return grid.findElements(By.cssSelector(".match-ineligible")).stream()
                    .map(WebElement::getText).filter(text -> reasons.stream().anyMatch(text::contains))
                    .findFirst().orElse(null);
        });
        assertThat(reason).contains("/52");
        browser.saveScreenshot("admin-matching-ineligible");
    }
}
