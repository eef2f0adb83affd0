package org.peerproof.app.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Program care in the browser with the demo program: program staff open every program page, move an advocate to
 * another tier with a reason from the directory, an admin's invalid setting is refused next to its field and a valid
 * one is saved and audited, and an advocate confirms their recommitment in the portal.
 */
@PeerProofAppTest
class ProgramCareBrowserTest {

    private HeadlessChromium browser;

    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;
    @Autowired RecommitmentRepository recommitments;
    @Autowired ProgramSettingsRepository settings;
    @Autowired AuditEventRepository audit;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @BeforeEach
    void openBrowser() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(1440, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signIn(String path, String email) {
        browser.signInAt(APP_URL + "/" + path, email);
    }

    @Test
    void everyProgramPageOpensWithTheDemoProgram() {
        signIn("admin/tiers", "pm@peerproof.test");
        var pages = Map.of(
                "admin/tiers", "Tier 1 - Power",
                "admin/benefits", "Thank-you gift",
                "admin/recommitment", "Waiting for answer",
                "admin/check-ins", "Relationship owner",
                "admin/targets", "Open nominations that match",
                "admin/settings", "Only admins can change them.");
        pages.forEach((path, expected) -> {
            browser.driver().get(APP_URL + "/" + path);
            waitForText(expected);
            assertThat(browser.driver().findElements(By.id("access-denied"))).as(path).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card[theme~=error]")))
                    .as(path).isEmpty();
        });
        assertThat(browser.waitForId("nav-program").getText()).contains("Tiers", "Benefits", "Check-ins", "Settings");
        browser.driver().get(APP_URL + "/admin/recommitment");
        assertThat(browser.waitForId("recommitment-count-sent").getText()).matches("Waiting for answer: \\d+");
        browser.saveScreenshot("admin-recommitment-board");
    }

    @Test
    void aProgramManagerMovesAnAdvocateToAnotherTierWithAReason() {
        // An advocate of this test's own, so other tests' changes to the demo advocates do not matter.
        var advocateId = transactions.execute(status -> {
            var account = accounts.save(new CustomerAccount("Tiermove Testing Ltd", Industry.RETAIL, SizeBand.LARGE,
                    Region.EMEA));
            var advocate = new Advocate(account, "Tess Tiermove", "tess.tiermove@example.com", ZoneId.of("UTC"),
                    AdvocateStatus.NOMINATED, clock.instant());
            advocate.join(LocalDate.now(clock.withZone(advocate.getTimeZone())).minusMonths(2));
            advocate.assignTier(tiers.findByRank(2).orElseThrow());
            return advocates.save(advocate).getId();
        });
        var logoOnly = tiers.findByRank(3).orElseThrow();
        signIn("admin/advocates", "pm@peerproof.test");
        var search = browser.waitForId("directory-search").findElement(By.tagName("input"));
        search.sendKeys("Tess Tiermove");
        var grid = browser.waitForId("directory-grid");
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(WebDriverException.class);
        var cell = wait.until(driver -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(content -> content.getText().equals("Tess Tiermove")).findFirst().orElse(null));
        cell.click();

        assertThat(browser.waitForId("commitment-progress").getText())
                .startsWith("Yearly commitment: 0 of 3 activities since");
        browser.waitForId("move-tier").click();
        chooseInSelect("move-tier-to", logoOnly.getName());
        browser.waitForId("move-tier-reason").findElement(By.tagName("textarea"))
                .sendKeys("Prefers logo use only this year");
        browser.saveScreenshot("admin-move-tier");
        browser.waitForId("move-tier-save").click();

        waitUntil(() -> logoOnly.getId().equals(transactions.execute(status ->
                advocates.findById(advocateId).orElseThrow().getTier().getId())));
        assertThat(audit.findAll()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo("advocate.tier-changed");
            assertThat(event.getEntityId()).isEqualTo(String.valueOf(advocateId));
            assertThat(event.getActor()).isEqualTo("pm@peerproof.test");
            assertThat(event.getDetails()).isEqualTo("from=Tier 2 - Quick, to=Tier 3 - Logo only, "
                    + "reason=Prefers logo use only this year");
        });
    }

    @Test
    void anAdminsInvalidSettingIsRefusedAtItsFieldAndAValidOneIsSavedAndAudited() {
        try {
            signIn("admin/settings", "admin@peerproof.test");
            var cap = browser.waitForId("setting-quarterlyAskCap");
            cap.findElement(By.tagName("input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "11", Keys.TAB);
            browser.clickId("settings-save");
            waitUntil(() -> cap.getDomAttribute("invalid") != null);
            assertThat(settings.current().toRules().quarterlyAskCap()).isEqualTo(3);

            cap.findElement(By.tagName("input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "4", Keys.TAB);
            browser.clickId("settings-save");

            waitUntil(() -> settings.current().toRules().quarterlyAskCap() == 4);
            assertThat(audit.findAll()).anySatisfy(event -> {
                assertThat(event.getAction()).isEqualTo("program-settings.updated");
                assertThat(event.getActor()).isEqualTo("admin@peerproof.test");
                assertThat(event.getDetails()).isEqualTo("quarterlyAskCap: 3 -> 4");
            });
        } finally {
            transactions.executeWithoutResult(status -> settings.current().apply(ProgramRules.DEFAULTS));
        }
    }

    @Test
    void anAdvocateConfirmsTheirRecommitmentOnThePortalHomePage() {
        var ben = advocates.findByEmailIgnoreCase("advocate2@peerproof.test").orElseThrow();
        var recommitmentId = transactions.execute(status -> {
            // Whatever the demo left open is answered first, so the card shows this one.
            recommitments.findByAdvocateIdOrderBySentAtDesc(ben.getId()).stream()
                    .filter(open -> open.getStatus() == RecommitmentStatus.SENT)
                    .forEach(open -> open.confirm(clock.instant()));
            return recommitments.save(new Recommitment(advocates.findById(ben.getId()).orElseThrow(), clock.instant(),
                    LocalDate.now(clock).plusDays(30))).getId();
        });
        signIn("portal", "advocate2@peerproof.test");

        assertThat(browser.waitForId("recommitment-card").getText()).contains("Another year with us?");
        browser.saveScreenshot("portal-recommitment");
        browser.waitForId("recommitment-confirm").click();

        waitUntil(() -> recommitments.findById(recommitmentId).orElseThrow().getStatus() == RecommitmentStatus.CONFIRMED);
        assertThat(advocates.findById(ben.getId()).orElseThrow().getLastRecommittedOn()).isNotNull();
    }

    private void chooseInSelect(String id, String itemText) {
        browser.driver().executeScript("arguments[0].opened = true", browser.waitForId(id));
        waitUntil(() -> browser.driver().findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.getText().strip().equals(itemText)));
        browser.driver().findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.getText().strip().equals(itemText))
                .findFirst().orElseThrow().click();
    }

    private void waitForText(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "'" + text + "' on " + browser.driver().getCurrentUrl() + ", which shows: "
                        + browser.driver().findElement(By.tagName("body")).getText())
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
