package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refused import (a file with a bad row, imported without "valid rows only") keeps the problem list and the
 * valid-rows option on screen, so the program manager can go on with the valid rows without uploading again.
 */
@PeerProofAppTest
class ImportRefusalBrowserTest {

    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;

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
    void afterARefusalTheProblemsAndTheValidRowsOptionStayUntilTheFileChanges() throws Exception {
        var company = accounts.findByPendingReviewFalseOrderByCompanyNameAsc().getFirst().getCompanyName();
        var email = "refused." + System.nanoTime() + "@customer.example";
        var file = Files.createTempFile("advocates", ".csv");
        Files.writeString(file, String.join("\n",
                "email;name;company_name;persona;time_zone",
                email + ";Ria Refused;" + company + ";it;Europe/Berlin",
                "broken-address;Bea Broken;" + company + ";it;Europe/Berlin"));
        browser = new HeadlessChromium(1440, 900);
        browser.signInAt(APP_URL + "/admin/import", "pm@peerproof.test");
        upload(file.toString());
        waitUntil(() -> browser.waitForId("import-problems").getText().contains("broken-address"));

        click("import-start");
        waitUntil(() -> browser.waitForId("import-status").getText().contains("nothing was imported"));

        assertThat(advocates.findByEmailIgnoreCase(email)).as("a refused import writes nothing").isEmpty();
        assertThat(browser.waitForId("import-problems").isDisplayed()).isTrue();
        assertThat(browser.waitForId("import-problems").getText()).contains("broken-address");
        assertThat(browser.waitForId("import-valid-only").isDisplayed()).isTrue();
        browser.saveScreenshot("admin-import-refused");

        click("import-valid-only");
        waitUntil(() -> browser.waitForId("import-start").getDomAttribute("disabled") == null);
        click("import-start");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> advocates.findByEmailIgnoreCase(email).isPresent());
        Files.delete(file);
    }

    private void upload(String path) {
        var upload = browser.waitForId("import-upload");
        var input = (WebElement) browser.script("""
                return arguments[0].querySelector('input[type=file]')
                    || arguments[0].shadowRoot.querySelector('input[type=file]');""", upload);
        input.sendKeys(path);
    }

    private void click(String id) {
        var element = browser.waitForId(id);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
