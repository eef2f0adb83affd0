package org.peerproof.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.FailingPage;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13: the first run of a person who registered on their own. Under review they learn what the program is,
 * its tiers and what happens next; history and preferences work without a tier and say what they do; a program
 * manager approves the sign-up in the nominations view and the advocate starts in the default tier. A page that
 * fails shows a sentence and an incident number, never the exception.
 */
@PeerProofAppTest
class FirstRunBrowserTest {

    private HeadlessChromium browser;
    private String email;
    private boolean registered;

    @Autowired
    AdvocateRepository advocates;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void openLaptopBrowser() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(1440, 900);
        email = "first-run-" + UUID.randomUUID() + "@example.com";
    }

    @AfterEach
    void cleanUp() {
        browser.close();
        if (registered) {
            KeycloakTestServer.deleteUser(email);
        }
    }

    @Test
    void aNewcomerUnderReviewLearnsTheProgramKeepsTheirChoicesAndIsApprovedFromNominations() {
        register();
        assertThat(browser.waitForId("program-standing").getText()).startsWith("Status: under review.")
                .contains("you start in Tier 3");
        assertThat(browser.waitForId("program-tiers").getText()).contains("Tier 1", "Tier 2", "Tier 3");
        assertThat(bodyText()).doesNotContain(" on .");
        browser.saveScreenshot("first-run-01-welcome-under-review");

        browser.driver().get(APP_URL + "/portal/history");
        assertThat(browser.waitForId("history-commitment").getText())
                .isEqualTo("Your commitment year starts once you are in the program with a tier.");
        assertThat(bodyText()).doesNotContain("Exception");

        browser.driver().get(APP_URL + "/portal/preferences");
        assertThat(browser.waitForId("preferences-before-tier").isDisplayed()).isTrue();
        click(browser, "willing-CASE_STUDY");
        assertThat(browser.waitForId("max-CASE_STUDY").isDisplayed()).isTrue();
        browser.saveScreenshot("first-run-02-preferences-before-tier");
        click(browser, "save-preferences");
        waitUntil(() -> bodyText().contains("Your choices are kept. They apply once you are in a tier"));
        var advocateId = advocates.findByEmailIgnoreCase(email).orElseThrow().getId();
        waitUntil(() -> Boolean.TRUE.equals(transactions.execute(status -> advocates.findById(advocateId)
                .orElseThrow().consentFor(ActivityTypeCode.CASE_STUDY).map(consent -> consent.isWilling())
                .orElse(false))));

        try (var staff = new HeadlessChromium(1440, 900)) {
            staff.signInAt(APP_URL + "/admin/nominations", "pm@peerproof.test");
            click(staff, "approve-sign-up-" + advocateId);
            staff.saveScreenshot("first-run-03-sign-ups-to-review");
        }
        waitUntil(() -> Boolean.TRUE.equals(transactions.execute(status -> {
            var approved = advocates.findById(advocateId).orElseThrow();
            return approved.getSignUpReviewedBy() != null && approved.getTier() != null
                    && approved.getTier().getRank() == 3;
        })));

        browser.driver().get(APP_URL + "/portal/history");
        assertThat(browser.waitForId("history-commitment").getText()).startsWith("0 of one activity");
    }

    @Test
    void aPageThatFailsShowsASentenceAndAnIncidentNumberNeverTheException() {
        browser.driver().get(APP_URL + "/" + FailingPage.ROUTE);

        assertThat(browser.waitForId("error-view").getText()).isEqualTo("Something went wrong");
        assertThat(browser.waitForId("error-incident").getText()).matches(".*incident number [0-9a-f]{8}\\.");
        assertThat(bodyText()).doesNotContain(FailingPage.SECRET, "IllegalStateException", "Exception");
    }

    private void register() {
        browser.driver().get(APP_URL + "/portal");
        browser.waitForId("kc-registration").findElement(By.tagName("a")).click();
        browser.waitForId("firstName").sendKeys("Fia");
        browser.waitForId("lastName").sendKeys("First");
        browser.waitForId("email").sendKeys(email);
        browser.waitForId("password").sendKeys("Str0ng-enough");
        browser.waitForId("password-confirm").sendKeys("Str0ng-enough");
        browser.driver().findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        registered = true;
        browser.waitForId("portal-welcome");
    }

    /** Clicks like a person would, after scrolling the element into the middle of the screen. */
    private static void click(HeadlessChromium in, String id) {
        var element = in.waitForId(id);
        in.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private String bodyText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> condition.getAsBoolean());
    }
}
