package org.peerproof.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4's acceptance, on a 360 px wide phone screen: a new advocate registers, completes onboarding, sets
 * preferences, accepts an ask and finds the finished call in their history. The steps staff take in between
 * (approving the sign-up, asking, recording the call) go through the repositories. Screenshots of each screen
 * land in docs/screenshots/.
 */
@PeerProofAppTest
class AdvocateJourneyBrowserTest {

    private HeadlessChromium browser;
    private String email;

    @Autowired
    AdvocateRepository advocates;
    @Autowired
    TierRepository tiers;
    @Autowired
    ReferenceRequestRepository requests;
    @Autowired
    AskRepository asks;
    @Autowired
    ActivityRepository activities;
    @Autowired
    ActivityTypeRepository activityTypes;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @BeforeEach
    void openPhoneBrowser() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(360, 780);
        browser.emulatePhone(360, 780);
        email = "journey-" + UUID.randomUUID() + "@example.com";
    }

    @AfterEach
    void cleanUp() {
        browser.close();
        KeycloakTestServer.deleteUser(email);
    }

    @Test
    void newAdvocateOnboardsSetsPreferencesAcceptsAnAskAndSeesItInHistory() {
        register();
        assertThat(browser.waitForId("portal-profile-incomplete").isDisplayed()).isTrue();
        screenshot("portal-01-new-advocate-home");

        // Onboarding: company, role, expertise.
        click("complete-profile");
        chooseInComboBox("profile-company", "Northwind");
        screenshot("portal-02-onboarding-company");
        click("wizard-next");
        waitForText("Step 2 of 3");
        type("profile-title", "Head of Finance Systems");
        chooseInSelect("profile-persona", "Finance");
        chooseInComboBox("profile-languages", "English");
        chooseInComboBox("profile-time-zone", "Europe/Berlin");
        screenshot("portal-03-onboarding-role");
        click("wizard-next");
        waitForText("Step 3 of 3");
        screenshot("portal-04-onboarding-expertise");
        click("wizard-next");
        browser.waitForId("portal-welcome");
        var advocateId = advocates.findByEmailIgnoreCase(email).orElseThrow().getId();
        transactions.executeWithoutResult(status -> {
            var onboarded = advocates.findById(advocateId).orElseThrow();
            assertThat(onboarded.getAccount().getCompanyName()).startsWith("Northwind");
            assertThat(onboarded.getTitle()).isEqualTo("Head of Finance Systems");
            assertThat(onboarded.getTimeZone().getId()).isEqualTo("Europe/Berlin");
            assertThat(onboarded.getLanguages()).containsExactly("en");
        });

        approveAsTier2(advocateId);

        // Preferences: 30-minute reference calls, at most two a quarter.
        browser.driver().get(APP_URL + "/portal/preferences");
        click("willing-REFERENCE_CALL_30");
        var max = browser.waitForId("max-REFERENCE_CALL_30").findElement(By.tagName("input"));
        max.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        screenshot("portal-05-preferences");
        click("save-preferences");
        waitUntil(() -> Boolean.TRUE.equals(transactions.execute(status -> advocates.findById(advocateId).orElseThrow()
                .consentFor(ActivityTypeCode.REFERENCE_CALL_30)
                .map(consent -> consent.isWilling() && consent.getMaxAsksPerQuarter() == 2).orElse(false))));

        // Staff ask; the advocate accepts on the phone.
        var askId = askForA30MinuteCall(advocateId);
        browser.driver().get(APP_URL + "/portal/asks");
        browser.waitForId("ask-" + askId);
        screenshot("portal-06-my-asks");
        assertFingertipSized("accept-" + askId);
        assertFingertipSized("decline-" + askId);
        click("accept-" + askId);
        waitUntil(() -> asks.findById(askId).orElseThrow().getStatus() == AskStatus.ACCEPTED);
        assertThat(browser.waitForId("upcoming-asks").getText()).as("what they agreed to comes first")
                .contains("Accepted", "Your contact");
        screenshot("portal-07-ask-accepted");

        // The call happens; it shows in the advocate's history.
        recordCompletedCall(askId);
        browser.driver().get(APP_URL + "/portal/history");
        assertThat(browser.waitForId("history-commitment").getText()).startsWith("1 of 3 activities");
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("Reference call (30+ min) for a prospect in Healthcare");
        screenshot("portal-08-history");
        assertNoHorizontalScrolling();
    }

    private void register() {
        browser.driver().get(APP_URL + "/portal");
        browser.waitForId("kc-registration").findElement(By.tagName("a")).click();
        type("firstName", "Jun");
        type("lastName", "Journey");
        type("email", email);
        type("password", "Str0ng-enough");
        type("password-confirm", "Str0ng-enough");
        browser.driver().findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        browser.waitForId("portal-welcome");
    }

    private void approveAsTier2(Long advocateId) {
        transactions.executeWithoutResult(status -> {
            var advocate = advocates.findById(advocateId).orElseThrow();
            advocate.changeStatus(AdvocateStatus.ACTIVE);
            advocate.assignTier(tiers.findByRank(2).orElseThrow());
            advocate.join(LocalDate.now(clock.withZone(advocate.getTimeZone())));
        });
    }

    private Long askForA30MinuteCall(Long advocateId) {
        return transactions.execute(status -> {
            var request = requests.save(new ReferenceRequest("OPP-JOURNEY-" + advocateId, "Prospect Journey",
                    Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION,
                    ActivityTypeCode.REFERENCE_CALL_30, LocalDate.now(clock).plusDays(10), "sales@peerproof.test",
                    clock.instant()));
            var now = clock.instant();
            return asks.save(new Ask(request, advocates.findById(advocateId).orElseThrow(), now,
                    now.plus(Duration.ofDays(3)))).getId();
        });
    }

    private void recordCompletedCall(Long askId) {
        transactions.executeWithoutResult(status -> {
            var ask = asks.findById(askId).orElseThrow();
            ask.complete();
            activities.save(Activity.fulfilling(ask, activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30)
                    .orElseThrow(), LocalDate.now(clock.withZone(ask.getAdvocate().getTimeZone())), "pm@peerproof.test",
                    clock.instant()));
        });
    }

    /** Clicks like a finger would, after scrolling the element to the middle of the small screen. */
    private void click(String id) {
        var element = browser.waitForId(id);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void waitForText(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private void type(String id, String text) {
        browser.waitForId(id).sendKeys(text);
    }

    private void chooseInComboBox(String id, String text) {
        var input = browser.waitForId(id).findElement(By.tagName("input"));
        // Out of the way of the phone's fixed bottom navigation before a finger taps it.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        // The combo box renders its options inside itself (Vaadin 25). Wait for the option the typed filter
        // produced (the unfiltered list may still be showing for a moment) and click it like a person would.
        var option = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> driver.findElements(By.cssSelector("#" + id + " [role=option]:not([hidden])")).stream()
                        .filter(candidate -> candidate.getText().strip().startsWith(text))
                        .findFirst().orElse(null));
        option.click();
        input.sendKeys(Keys.TAB);
    }

    private void chooseInSelect(String id, String itemText) {
        // Opened the way Vaadin's own test tools open it; the item is then clicked like a person would.
        browser.driver().executeScript("arguments[0].opened = true", browser.waitForId(id));
        // Other selects on the page (the language switch) have items too, hidden while they are closed.
        waitUntil(() -> browser.driver().findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().strip().equals(itemText)));
        browser.driver().findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(itemText))
                .findFirst().orElseThrow().click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> condition.getAsBoolean());
    }

    private void assertFingertipSized(String id) {
        var height = ((Number) browser.script(
                "return document.getElementById(arguments[0]).getBoundingClientRect().height", id)).doubleValue();
        assertThat(height).as("height of #" + id).isGreaterThanOrEqualTo(44);
    }

    private void assertNoHorizontalScrolling() {
        var scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(360L);
    }

    private void screenshot(String name) {
        browser.saveScreenshot(name);
    }
}
