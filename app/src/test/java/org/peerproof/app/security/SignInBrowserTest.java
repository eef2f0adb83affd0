package org.peerproof.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;
import static org.peerproof.app.testsupport.KeycloakTestServer.DEMO_PASSWORD;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.portal.support.UiLanguage;
import org.springframework.beans.factory.annotation.Autowired;

/** People sign in through the real Keycloak login page and see exactly their side of PeerProof. */
@PeerProofAppTest
class SignInBrowserTest {

    private HeadlessChromium browser;

    @Autowired
    AdvocateRepository advocates;

    @BeforeAll
    static void keycloakIsUp() {
        KeycloakTestServer.requireRunning();
    }

    @BeforeEach
    void openBrowser() {
        browser = new HeadlessChromium(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdvocateSignsInToTheirPortalCannotOpenTheConsoleAndSignsOutOfKeycloakToo() {
        open("/portal");
        signIn("advocate1@peerproof.test", DEMO_PASSWORD);

        assertThat(browser.waitForId("portal-welcome").getText()).isEqualTo("Welcome, Alice Anders.");
        assertThat(browser.waitForId("signed-in-user").getText()).isEqualTo("advocate1@peerproof.test");

        open("/admin");
        assertThat(browser.waitForId("access-denied").getText()).isEqualTo("Not available to you");

        browser.waitForId("sign-out").click();
        browser.waitForId("home-title");
        open("/portal");
        // The Keycloak session ended with the app's: Keycloak asks for the password again.
        assertThat(browser.waitForId("username").isDisplayed()).isTrue();
    }

    @Test
    void aProgramManagerSignsInToTheConsoleAndCannotOpenThePortal() {
        open("/");
        browser.waitForId("sign-in").click();
        signIn("pm@peerproof.test", DEMO_PASSWORD);

        assertThat(browser.waitForId("admin-stats").getText()).endsWith("customer accounts.");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(APP_URL + "/admin");

        open("/portal");
        assertThat(browser.waitForId("access-denied").isDisplayed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales@peerproof.test", "csm@peerproof.test", "admin@peerproof.test"})
    void everyStaffRoleReachesTheConsoleButNotThePortal(String email) {
        open("/admin");
        signIn(email, DEMO_PASSWORD);

        assertThat(browser.waitForId("admin-stats").isDisplayed()).isTrue();
        assertThat(browser.waitForId("signed-in-user").getText()).isEqualTo(email);
        open("/portal");
        assertThat(browser.waitForId("access-denied").isDisplayed()).isTrue();
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheKeycloakLoginPage() {
        open("/portal");
        signIn("sales@peerproof.test", "not-the-password");

        assertThat(browser.waitForId("input-error-container-username").getText()).isNotBlank();
        assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakTestServer.ISSUER);
    }

    @Test
    void aNewPersonRegistersAndLandsInThePortalWithAnEmptyProfile() {
        var email = "newcomer-" + UUID.randomUUID() + "@example.com";
        try {
            open("/portal");
            browser.waitForId("kc-registration").findElement(By.tagName("a")).click();
            browser.waitForId("firstName").sendKeys("Nora");
            browser.waitForId("lastName").sendKeys("Newcomer");
            browser.waitForId("email").sendKeys(email);
            browser.waitForId("password").sendKeys("Str0ng-enough");
            browser.waitForId("password-confirm").sendKeys("Str0ng-enough");
            browser.driver().findElement(By.cssSelector("#kc-register-form [type=submit]")).click();

            assertThat(browser.waitForId("portal-welcome").getText()).isEqualTo("Welcome, Nora Newcomer.");
            assertThat(browser.waitForId("portal-profile-incomplete").isDisplayed()).isTrue();
            var created = advocates.findByEmailIgnoreCase(email).orElseThrow();
            assertThat(created.getKeycloakUserId()).isNotBlank();
            assertThat(created.getStatus()).isEqualTo(AdvocateStatus.NOMINATED);
            assertThat(created.getAccount()).isNull();

            open("/admin");
            assertThat(browser.waitForId("access-denied").isDisplayed()).isTrue();
        } finally {
            KeycloakTestServer.deleteUser(email);
        }
    }

    @Test
    void signInOpensInTheLanguageChosenInPeerProofWithThePeerProofLook() {
        chooseLanguage("de");
        open("/");
        browser.waitForId("sign-in").click();

        assertThat(browser.waitForId("kc-page-title").getText()).isEqualTo("Bei Ihrem Konto anmelden");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("de");
        assertThat(pageText()).contains("Anmelden", "Neuer Benutzer?", "Registrieren");
        // The browser itself asks for English: only the app's ui_locales can have chosen German.
        assertThat(browser.driver().getCurrentUrl()).contains("ui_locales=de");
        assertPeerProofTheme();
        browser.saveScreenshot("keycloak-sign-in-de");

        signIn("advocate1@peerproof.test", DEMO_PASSWORD);
        assertThat(browser.waitForId("signed-in-user").getText()).isEqualTo("advocate1@peerproof.test");
    }

    @Test
    void registrationOpensInJapaneseForAJapaneseVisitor() {
        chooseLanguage("ja");
        open("/portal");
        browser.waitForId("kc-registration").findElement(By.tagName("a")).click();

        assertThat(browser.waitForId("kc-page-title").getText()).isEqualTo("登録");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ja");
        assertThat(browser.driver().findElement(By.cssSelector("#kc-register-form [type=submit]"))
                .getAttribute("value")).isEqualTo("登録");
        assertPeerProofTheme();
        browser.saveScreenshot("keycloak-register-ja");
    }

    /** What the language switch leaves in the browser (see {@link UiLanguage}). */
    private void chooseLanguage(String tag) {
        open("/");
        browser.waitForId("home-title");
        browser.driver().manage().addCookie(new Cookie(UiLanguage.COOKIE, tag, "/"));
    }

    /** The realm's login theme is PeerProof's: its stylesheet is loaded and paints the primary button green. */
    private void assertPeerProofTheme() {
        assertThat(browser.script("return [...document.querySelectorAll('link[rel=stylesheet]')]"
                + ".some(link => link.href.endsWith('/login/peerproof/css/peerproof.css'))")).isEqualTo(true);
        var primary = browser.driver().findElement(By.cssSelector(".pf-v5-c-button.pf-m-primary"));
        assertThat(primary.getCssValue("background-color")).isEqualTo("rgba(31, 111, 92, 1)");
    }

    private String pageText() {
        return String.valueOf(browser.script("return document.body.innerText"));
    }

    private void open(String path) {
        browser.driver().get(APP_URL + path);
    }

    private void signIn(String email, String password) {
        browser.waitForId("username").sendKeys(email);
        browser.waitForId("password").sendKeys(password);
        browser.waitForId("kc-login").click();
    }
}
