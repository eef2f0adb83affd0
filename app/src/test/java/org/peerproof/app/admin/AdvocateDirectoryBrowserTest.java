package org.peerproof.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.DirectoryFilter;
import org.springframework.beans.factory.annotation.Autowired;

/** A program manager browses the directory of the demo program and opens an advocate's details. */
@PeerProofAppTest
class AdvocateDirectoryBrowserTest {

    private HeadlessChromium browser;

    @Autowired
    AdvocateRepository advocates;
    @Autowired
    AdvocateDirectory directory;

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

    @Test
    void aSharedLinkBringsItsFiltersBackAndNoColumnIsCutOffAtLaptopWidth() {
        browser.close();
        browser = new HeadlessChromium(1440, 900);
        // Companies of 1,000 employees and more, willing to do a 30-minute call: one link, not two searches.
        browser.signInAt(APP_URL + "/admin/advocates?size=LARGE&size=ENTERPRISE&willing=REFERENCE_CALL_30",
                "pm@peerproof.test");
        var programManager = new SignedInUser("pm", "pm@peerproof.test", true, "pm", null,
                Set.of(Roles.PROGRAM_MANAGER));
        int expected = directory.count(programManager, DirectoryFilter.NONE
                .withSizeBands(Set.of(SizeBand.LARGE, SizeBand.ENTERPRISE))
                .withWillingFor(Set.of(ActivityTypeCode.REFERENCE_CALL_30)));
        assertThat(expected).isPositive().isLessThan((int) advocates.count());
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.until(driver -> browser.waitForId("directory-total").getText().startsWith(expected + " "));
        // At this width the picker sums its chips up as a count; the chosen items are the picker's selection.
        assertThat(browser.script("return arguments[0].selectedItems.map(item => item.label).join(' | ')",
                browser.waitForId("directory-size-bands"))).asString().contains("1,000", "5,000");

        wait.until(driver -> !browser.waitForId("directory-grid").getText().isBlank());
        @SuppressWarnings("unchecked")
        var cutOff = (List<String>) browser.script("""
                return [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth + 1)
                    .map(cell => cell.textContent.trim());""", browser.waitForId("directory-grid"));
        assertThat(cutOff).as("header and cells whose text does not fit").isEmpty();
        browser.saveScreenshot("admin-directory-filtered");
    }
}
