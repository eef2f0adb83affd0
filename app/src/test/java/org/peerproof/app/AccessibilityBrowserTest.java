package org.peerproof.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.peerproof.admin.AdminHomeView;
import org.peerproof.admin.advocate.AdvocateDirectoryView;
import org.peerproof.admin.checkin.CheckInsView;
import org.peerproof.admin.metrics.MetricsView;
import org.peerproof.admin.nomination.NominationsView;
import org.peerproof.admin.notification.OutboxView;
import org.peerproof.admin.recommitment.RecommitmentBoardView;
import org.peerproof.admin.request.NewRequestView;
import org.peerproof.admin.request.RequestQueueView;
import org.peerproof.admin.reward.BenefitsView;
import org.peerproof.admin.settings.ProgramSettingsView;
import org.peerproof.admin.spreadsheet.ImportView;
import org.peerproof.admin.target.TargetsView;
import org.peerproof.admin.tier.TiersView;
import org.peerproof.app.testsupport.Axe;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.portal.PortalRoutes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every page, as the person who uses it: no critical or serious violation, one main landmark, one
 * level-1 heading, all content in landmarks; and the keyboard reaches a page's content with one Tab and Enter.
 */
@PeerProofAppTest
class AccessibilityBrowserTest {

    private static final String ADVOCATE = "advocate1@peerproof.test";
    private static final String PROGRAM_MANAGER = "pm@peerproof.test";

    @Autowired
    ReferenceRequestRepository requests;

    @BeforeAll
    static void keycloakIsUp() {
        KeycloakTestServer.requireRunning();
    }

    @Test
    void theHomePageBeforeSigningIn() {
        try (var browser = new HeadlessChromium(1280, 900)) {
            browser.driver().get(APP_URL + "/");
            browser.waitForId("home-title");
            browser.waitUntilVaadinIsIdle();
            Axe.assertAccessible(browser.driver());
        }
    }

    @Test
    void everyPortalPageOfAnAdvocateOnAPhoneAndALaptop() {
        var paths = Arrays.stream(PortalRoutes.Section.values()).map(PortalRoutes.Section::path).toList();
        visitEach(new HeadlessChromium(1440, 900), ADVOCATE, paths);
        var phone = new HeadlessChromium(390, 844);
        phone.emulatePhone(390, 844);
        visitEach(phone, ADVOCATE, paths);
    }

    @Test
    void everyAdminPageOfAProgramManager() {
        var request = requests.findAll().getFirst().getId();
        visitEach(new HeadlessChromium(1440, 900), PROGRAM_MANAGER, List.of(
                AdminHomeView.class.getAnnotation(Route.class).value(), RequestQueueView.ROUTE, NewRequestView.ROUTE, RequestQueueView.ROUTE + "/" + request,
                RequestQueueView.ROUTE + "/" + request + "/match", AdvocateDirectoryView.ROUTE, NominationsView.ROUTE,
                ImportView.ROUTE, TiersView.ROUTE, BenefitsView.ROUTE, RecommitmentBoardView.ROUTE, CheckInsView.ROUTE,
                TargetsView.ROUTE, ProgramSettingsView.ROUTE, MetricsView.ROUTE, OutboxView.ROUTE));
    }

    @Test
    void oneTabAndEnterTakeTheKeyboardPastTheNavigationToThePagesContent() {
        try (var browser = new HeadlessChromium(1280, 900)) {
            browser.signInAt(APP_URL + "/" + PortalRoutes.PREFERENCES, ADVOCATE);
            browser.waitForId("main-content");
            browser.waitUntilVaadinIsIdle();

            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("skip-to-content");
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to content");

            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("main-content");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(browser.script("return document.getElementById('main-content')"
                    + ".contains(document.activeElement)")).isEqualTo(true);
        }
    }

    /**
     * Signs in and checks each page in turn, then closes the browser; the failure lists every page that failed,
     * not only the first.
     */
    private static void visitEach(HeadlessChromium browser, String email, List<String> paths) {
        try (browser) {
            browser.signInAt(APP_URL + "/" + paths.getFirst(), email);
            var softly = new SoftAssertions();
            for (var path : paths) {
                browser.driver().get(APP_URL + "/" + path);
                browser.waitForId("main-content");
                browser.waitUntilVaadinIsIdle();
                softly.assertThat(browser.driver().findElements(By.id("access-denied"))).as(path).isEmpty();
                softly.check(() -> Axe.assertAccessible(browser.driver()));
            }
            softly.assertAll();
        }
    }
}
