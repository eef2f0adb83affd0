package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** A program manager browses the directory of the demo program and opens an advocate's details. */
@PeerProofAppTest
class AdvocateDirectoryBrowserTest {

    private HeadlessChromium browser;

    @Autowired
    AdvocateRepository advocates;

    @BeforeEach
    void signInAsProgramManager() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(1440, 900);
        browser.signInAt(APP_URL + "/admin/advocates", "pm@peerproof.test");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theDirectoryPagesThroughEveryAdvocateAndOpensDetailsOnClick() {
        assertThat(browser.waitForId("directory-total").getText()).contains(String.valueOf(advocates.count()));
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        // The grid's body rows live in its shadow root; the first row's first cell holds an advocate's name.
        var grid = browser.waitForId("directory-grid");
        var firstName = wait.until(driver -> {
            var cells = grid.getShadowRoot().findElements(By.cssSelector("#items tr:first-child td slot"));
            if (cells.isEmpty()) {
                return null;
            }
            // What a person clicks is the cell's content, slotted into the shadow cell.
            var content = grid.findElement(By.cssSelector("vaadin-grid-cell-content[slot='"
                    + cells.getFirst().getDomAttribute("name") + "']"));
            return content.getText().isBlank() ? null : content;
        });
        browser.saveScreenshot("admin-directory");

        firstName.click();

        assertThat(browser.waitForId("advocate-detail").isDisplayed()).isTrue();
        browser.saveScreenshot("admin-directory-detail");
    }
}
