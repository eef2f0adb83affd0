package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.nomination.NominationStatus;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the demo program: CSV downloads hold what the signed-in person may see (a program manager every request
 * and advocate, a sales rep their own requests), and a nomination goes from a sales rep's form to a program
 * manager's invitation.
 */
@PeerProofAppTest
class NominationsAndSpreadsheetsBrowserTest {

    private static final String SALES = "sales@peerproof.test";
    private static final String PROGRAM_MANAGER = "pm@peerproof.test";

    @Autowired ReferenceRequestRepository requests;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired NominationRepository nominations;

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
    void aProgramManagerDownloadsEveryRequestAndEveryAdvocate() throws Exception {
        signIn(PROGRAM_MANAGER, "/admin/requests");
        var requestRows = download("requests-export");
        assertThat(requestRows).hasSize(Math.toIntExact(requests.count()));

        browser.driver().get(APP_URL + "/admin/advocates");
        var advocateRows = download("directory-export");
        assertThat(advocateRows).hasSize(Math.toIntExact(advocates.count()));
        assertThat(advocateRows.getFirst().get("status")).isNotBlank();
    }

    @Test
    void aSalesRepDownloadsOnlyTheirOwnRequests() throws Exception {
        signIn(SALES, "/admin/requests");

        var rows = download("requests-export");

        var own = requests.findByRequestedByIgnoreCaseOrderByNeededByAsc(SALES);
        assertThat(own).isNotEmpty();
        assertThat(rows).hasSize(own.size());
        assertThat(rows).extracting(row -> row.get("requested_by")).containsOnly(SALES);
        assertThat(requests.count()).isGreaterThan(own.size());
    }

    @Test
    void aSalesRepNominatesAContactAndAProgramManagerInvitesThem() {
        var email = "nominee." + System.nanoTime() + "@customer.example";
        var company = accounts.findByPendingReviewFalseOrderByCompanyNameAsc().getFirst().getCompanyName();
        signIn(SALES, "/admin/nominations");
        browser.waitForId("nomination-name").findElement(By.tagName("input")).sendKeys("Nadia Nominee");
        browser.waitForId("nomination-email").findElement(By.tagName("input")).sendKeys(email);
        chooseInComboBox("nomination-account", company);
        browser.waitForId("nomination-reason").findElement(By.tagName("textarea"))
                .sendKeys("Cut onboarding time in half and talks about it with pride.");
        click("nomination-submit");

        waitUntilGridShows("nominations-grid", email);
        var nominee = advocates.findByEmailIgnoreCase(email).orElseThrow();
        var nomination = nominations.findByNomineeIdOrderByCreatedAtDesc(nominee.getId()).getFirst();
        assertThat(nomination.getNominatedBy()).isEqualTo(SALES);
        browser.saveScreenshot("admin-nominations-sales");
        browser.close();

        signIn(PROGRAM_MANAGER, "/admin/nominations");
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("invite-" + nomination.getId())));
        click("invite-" + nomination.getId());

        wait(Duration.ofSeconds(20)).until(driver ->
                nominations.findById(nomination.getId()).orElseThrow().getStatus() == NominationStatus.INVITED);
        wait(Duration.ofSeconds(20)).until(driver -> driver.findElements(By.id("invite-" + nomination.getId())).isEmpty());
        browser.saveScreenshot("admin-nominations-invited");
    }

    @Test
    void aProgramManagerUploadsAdvocatesSeesTheBadRowAndImportsTheValidOneWhenAskedTo() throws Exception {
        var company = accounts.findByPendingReviewFalseOrderByCompanyNameAsc().getFirst().getCompanyName();
        var email = "imported." + System.nanoTime() + "@customer.example";
        var file = Files.createTempFile("advocates", ".csv");
        Files.writeString(file, String.join("\n",
                "email;name;company_name;persona;time_zone",
                email + ";Ivo Imported;" + company + ";it;Europe/Berlin",
                "broken-address;Bea Broken;" + company + ";it;Europe/Berlin"));
        long before = advocates.count();
        signIn(PROGRAM_MANAGER, "/admin/import");

        var upload = browser.waitForId("import-upload");
        var fileInput = (WebElement) browser.script("""
                return arguments[0].querySelector('input[type=file]')
                    || arguments[0].shadowRoot.querySelector('input[type=file]');""", upload);
        fileInput.sendKeys(file.toString());

        waitUntilGridShows("import-problems", "broken-address");
        assertThat(browser.waitForId("import-status").getText()).contains("2", "1");
        browser.saveScreenshot("admin-import-preview");
        assertThat(advocates.count()).isEqualTo(before);

        click("import-valid-only");
        click("import-start");

        wait(Duration.ofSeconds(30)).until(driver -> advocates.findByEmailIgnoreCase(email).isPresent());
        assertThat(advocates.count()).isEqualTo(before + 1);
        Files.delete(file);
    }

    /** Scrolled to the middle of the window first, so nothing fixed or sticky lies over it. */
    private void click(String id) {
        var element = browser.waitForId(id);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void signIn(String email, String path) {
        browser = new HeadlessChromium(1440, 900);
        browser.signInAt(APP_URL + path, email);
    }

    /** Fetches the link's file in the signed-in browser (its session) and parses it. */
    private List<CSVRecord> download(String linkId) throws Exception {
        var href = browser.waitForId(linkId).getDomProperty("href");
        var text = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.text()).then(done, error => done('ERROR ' + error));""",
                href);
        // fetch's text() drops the byte order mark; the domain tests check that it is written.
        assertThat(text).startsWith("id,");
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private void chooseInComboBox(String id, String text) {
        var input = browser.waitForId(id).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        wait(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + id + " [role=option]:not([hidden])")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
    }

    private void waitUntilGridShows(String id, String text) {
        var grid = browser.waitForId(id);
        wait(Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> grid.getText().contains(text));
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser.driver(), timeout);
    }
}
