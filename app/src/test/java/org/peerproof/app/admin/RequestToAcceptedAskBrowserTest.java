package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issue's acceptance, with the demo program: a salesperson files a request for a healthcare prospect in EMEA
 * with 1,000+ employees who wants a 30-minute call, the program manager finds Alice Anders on the first screen of
 * the match with her score breakdown and asks her, Alice accepts in the portal, and the program manager sees the
 * ask accepted on the request.
 */
@PeerProofAppTest
class RequestToAcceptedAskBrowserTest {

    static final String ALICE = "advocate1@peerproof.test";

    @Autowired AdvocateRepository advocates;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired EligibilityNow eligibilityNow;
    @Autowired MessageSource messages;
    @Autowired TransactionTemplate transactions;

    private HeadlessChromium browser;

    /** Alice's profile as the form asks for it, in the words the form shows. */
    record Profile(Long id, String industry, String sizeBand, String region, List<String> products, String useCase,
                   String persona, String language) {
    }

    @Autowired JdbcTemplate jdbc;

    /**
     * Other tests in the shared context put asks to Alice (e.g. the API tests); taken back here, they no longer
     * count toward her quarterly cap, so this walk-through starts from the demo program as it loads.
     */
    @BeforeEach
    void keycloakIsUpAndAliceHasRoomForAnAsk() {
        KeycloakTestServer.requireRunning();
        jdbc.update("""
                update ask set status = 'WITHDRAWN' where status in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')
                  and advocate_id = (select id from advocate where email = ?)
                  and reference_request_id in (select id from reference_request where opportunity_id not like 'OPP-DEMO-%')""",
                ALICE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void salesFileProgramManagerAsksAliceAcceptsAndTheRequestShowsItAccepted() {
        var alice = aliceAsTheFormNamesHer();
        var opportunityId = "OPP-ACCEPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        signIn("sales@peerproof.test", "/admin/requests");
        click("new-request");
        type("opportunity-id", opportunityId);
        type("prospect-company", "Northwind Hospitals");
        choose("industry", alice.industry());
        choose("size-band", alice.sizeBand());
        choose("region", alice.region());
        alice.products().forEach(product -> choose("products", product));
        choose("use-case", alice.useCase());
        choose("persona", alice.persona());
        choose("language", alice.language());
        choose("deal-stage", "Evaluation");
        type("deal-amount", "180000");
        assertThat(browser.waitForId("activity-type").findElement(By.tagName("input")).getAttribute("value"))
                .isEqualTo("Reference call (30+ min)");
        browser.saveScreenshot("request-new");
        click("file-request");

        waitForText("request-summary", opportunityId);
        var requestId = requests.findAll().stream().filter(r -> r.getOpportunityId().equals(opportunityId))
                .findFirst().orElseThrow().getId();
        assertThat(browser.waitForId("request-status").getText()).isEqualTo("New");
        browser.close();

        signIn("pm@peerproof.test", "/admin/requests/" + requestId + "/match");
        var grid = browser.waitForId("match-candidates");
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class);
        wait.until(driver -> grid.getText().contains("Alice Anders"));
        assertThat(grid.getText()).contains("Same industry: Healthcare.", "Same region: Europe, Middle East & Africa.");
        browser.saveScreenshot("request-match-alice");
        wait.until(driver -> {
            selectionCheckboxOf(grid, "Alice Anders").click();
            return true;
        });
        click("ask-selected");
        wait.until(driver -> asks.findAll().stream().anyMatch(ask -> ask.getRequest().getId().equals(requestId)));
        var askId = asks.findAll().stream().filter(ask -> ask.getRequest().getId().equals(requestId))
                .findFirst().orElseThrow().getId();
        browser.close();

        signIn(ALICE, "/portal/asks");
        click("accept-" + askId);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> asks.findById(askId).orElseThrow().getStatus() == AskStatus.ACCEPTED);
        browser.close();

        signIn("pm@peerproof.test", "/admin/requests/" + requestId);
        waitForText("request-asks", "Accepted");
        assertThat(browser.waitForId("request-asks").getText()).contains("Alice Anders");
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASKED);
        browser.saveScreenshot("request-detail-accepted");
        browser.close();

        // Sales read where it stands from the asks, whom to contact and how, and find it in their filtered queue.
        signIn("sales@peerproof.test", "/admin/requests/" + requestId);
        waitForText("request-status", "Accepted: call to schedule");
        assertThat(browser.waitForId("request-next-step").getText()).contains("agree a time for the call");
        assertThat(browser.waitForId("contact-email-" + askId).getText()).contains(ALICE);
        assertThat(browser.waitForId("contact-" + askId).getText()).contains("Alice Anders", "No call time set yet.");
        assertThat(browser.waitForId("schedule-call-" + askId).isDisplayed()).isTrue();
        browser.saveScreenshot("request-detail-contact");
        browser.driver().get(APP_URL + "/admin/requests?status=ACCEPTED&q=" + opportunityId);
        waitForText("request-queue", opportunityId);
        assertThat(browser.waitForId("request-queue").getText()).contains("Accepted: call to schedule");
    }

    /**
     * Alice's account and profile from the demo data, so the request fits her on every criterion. She must be
     * askable today: the demo data keeps her so for this walk-through.
     */
    private Profile aliceAsTheFormNamesHer() {
        return transactions.execute(status -> {
            var alice = advocates.findByEmailIgnoreCase(ALICE).orElseThrow();
            var eligibility = eligibilityNow.forNewAsk(alice, ActivityTypeCode.REFERENCE_CALL_30);
            assertThat(eligibility.reasons()).as("Alice may be asked for a 30-minute call today").isEmpty();
            var account = alice.getAccount();
            return new Profile(alice.getId(), label(account.getIndustry()), label(account.getSizeBand()),
                    label(account.getRegion()), alice.getProductsUsed().stream().map(Product::getName).sorted().toList(),
                    alice.getUseCases().stream().map(UseCase::getName).sorted().findFirst().orElseThrow(),
                    label(alice.getPersona()),
                    Locale.of(alice.getLanguages().stream().sorted().findFirst().orElseThrow()).getDisplayLanguage(Locale.US));
        });
    }

    private String label(Enum<?> value) {
        return messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
                Locale.ENGLISH);
    }

    private void signIn(String email, String path) {
        browser = new HeadlessChromium(1440, 1000);
        browser.signInAt(APP_URL + path, email);
    }

    /** The selection checkbox in the grid row whose cell reads {@code text}. */
    private WebElement selectionCheckboxOf(WebElement grid, String text) {
        return (WebElement) browser.script("""
                const content = [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                    .find(cell => cell.textContent.trim() === arguments[1]);
                const row = content.assignedSlot.closest('tr');
                const selectCell = row.querySelector('td slot').assignedElements()[0];
                return selectCell.querySelector('vaadin-checkbox');""", grid, text);
    }

    private void click(String id) {
        var element = browser.waitForId(id);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void type(String id, String text) {
        browser.waitForId(id).findElement(By.tagName("input")).sendKeys(text);
    }

    /** Types into a combo box and picks the first option that matches, as a fast typist would. */
    private void choose(String id, String text) {
        var input = browser.waitForId(id).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + id + " [role=option]:not([hidden])")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(driver -> driver.findElement(By.id(id)).getText().contains(text));
    }
}
