package org.peerproof.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.reward.Benefit;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.tier.Tier;
import org.peerproof.domain.tier.TierRepository;
import org.peerproof.i18n.MessagesConfiguration;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.portal.PortalRoutes.Section;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 8's acceptance: Alice switches the portal to Japanese with the language switch and no English text from
 * the bundles is left on any portal screen. Her own data (names, company, products, bio...) stays as she or the
 * program wrote it. A screenshot per screen goes to {@code docs/screenshots/portal-ja-<section>.png}.
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // sign in once the application is up
class PortalInJapaneseBrowserTest {

    private static final String ALICE = "advocate1@peerproof.test";
    /** The page title key of each section's view (getPageTitle). */
    private static final Map<Section, String> TITLE_KEYS = new EnumMap<>(Map.of(
            Section.HOME, "portal.placeholder.title", Section.ASKS, "asks.title", Section.PROFILE, "profile.title",
            Section.PREFERENCES, "preferences.title", Section.AVAILABILITY, "availability.title",
            Section.HISTORY, "history.title", Section.REWARDS, "rewards.title", Section.DATA, "data.title",
            Section.NOTIFICATIONS, "email.settings.title"));
    /** MessageFormat syntax and separators between the readable parts of a pattern. */
    private static final Pattern FORMAT_SYNTAX = Pattern.compile(
            "\\{\\d+(?:,\\s*(?:number|date|time)(?:,\\s*\\w+)?)?}|\\{\\d+,\\s*choice,|[|}{]|-?\\d+(?:#|<)");
    private static final Pattern ENOUGH_LETTERS = Pattern.compile("\\p{L}{4,}");

    /** Every piece of text the page shows, including attributes people hear or see (labels, tooltips). */
    private static final String VISIBLE_TEXT = """
            const parts = [document.title, document.body.innerText];
            const visit = root => root.querySelectorAll('*').forEach(element => {
              for (const name of ['aria-label', 'title', 'placeholder', 'label', 'helper-text', 'error-message']) {
                const value = element.getAttribute(name);
                if (value) parts.push(value);
              }
              if (element.shadowRoot) {
                const texts = document.createTreeWalker(element.shadowRoot, NodeFilter.SHOW_TEXT);
                while (texts.nextNode()) {
                  const parent = texts.currentNode.parentElement;
                  if (!parent || !['STYLE', 'SCRIPT'].includes(parent.tagName)) parts.push(texts.currentNode.data);
                }
                visit(element.shadowRoot);
              }
            });
            visit(document);
            return parts.join('\\n');
            """;

    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ProductRepository products;
    @Autowired UseCaseRepository useCases;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired BenefitRepository benefits;
    @Autowired TransactionTemplate transactions;

    private final MessageSource messages = MessagesConfiguration.createMessageSource();
    private HeadlessChromium browser;
    private Locale alicesLanguage;

    @BeforeAll
    void aliceSignsIn() {
        KeycloakTestServer.requireRunning();
        alicesLanguage = alicesSavedLanguage();
        browser = new HeadlessChromium(1280, 900);
        browser.signInAt(APP_URL + "/portal", ALICE);
        browser.waitForId("portal-welcome");
    }

    @AfterAll
    void restoreAlicesLanguage() {
        transactions.executeWithoutResult(status -> advocates.findByEmailIgnoreCase(ALICE).orElseThrow()
                .setPreferredLocale(alicesLanguage));
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void switchedToJapaneseThePortalShowsNoEnglishOnAnyScreen() {
        chooseInSelect("language-switch", "日本語");
        waitUntilTextContains("portal-welcome", "ようこそ");
        assertThat(alicesSavedLanguage()).as("saved to Alice's profile").isEqualTo(Locale.JAPANESE);

        var english = englishFragments();
        var herData = alicesDataAndCatalog();
        var found = new ArrayList<String>();
        for (var section : Section.values()) {
            browser.driver().get(APP_URL + "/" + section.path());
            var title = messages.getMessage(TITLE_KEYS.get(section), null, Locale.JAPANESE) + " | PeerProof";
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> title.equals(driver.getTitle()));
            browser.saveScreenshot("portal-ja-" + section.name().toLowerCase(Locale.ROOT));
            var text = withoutData((String) browser.script(VISIBLE_TEXT), herData);
            english.stream().filter(fragment -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(fragment) + "(?!\\p{L})")
                    .matcher(text).find()).forEach(fragment -> found.add(section + ": \"" + fragment + "\""));
        }
        assertThat(found).as("English text on the Japanese portal").isEmpty();

        // The switch works both ways: back to English, in the page and the profile.
        chooseInSelect("language-switch", "English");
        waitUntilTextContains("language-switch", "English");
        assertThat(alicesSavedLanguage()).isEqualTo(Locale.ENGLISH);
    }

    private Locale alicesSavedLanguage() {
        Locale saved = transactions.execute(status -> advocates.findByEmailIgnoreCase(ALICE).orElseThrow()
                .getPreferredLocale());
        return saved;
    }

    /**
     * The readable parts of every English message (text between placeholders and choice branches) with at least
     * four letters in a row, leaving out those the Japanese bundle uses too (product name, JSON, ISO...).
     */
    private static Set<String> englishFragments() {
        var japanese = String.join("\n", values("_ja").values());
        var fragments = new TreeSet<String>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        values("").values().forEach(value -> Stream.of(FORMAT_SYNTAX.split(value))
                .map(String::strip)
                .map(fragment -> fragment.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", ""))
                .filter(fragment -> ENOUGH_LETTERS.matcher(fragment).find())
                .filter(fragment -> !japanese.contains(fragment))
                .forEach(fragments::add));
        assertThat(fragments).as("the check has English to look for").contains("Waiting for your answer", "Save");
        return fragments;
    }

    private static Map<String, String> values(String suffix) {
        var all = new TreeMap<String, String>();
        for (var basename : MessagesConfiguration.BASENAMES) {
            try (var in = PortalInJapaneseBrowserTest.class.getClassLoader()
                    .getResourceAsStream(basename + suffix + ".properties")) {
                var properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(key -> all.put(basename + ":" + key, properties.getProperty(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** What Alice and the program wrote themselves: it is shown as written, in whatever language it is in. */
    private List<String> alicesDataAndCatalog() {
        return transactions.execute(status -> {
            var data = new ArrayList<String>();
            var alice = advocates.findByEmailIgnoreCase(ALICE).orElseThrow();
            Stream.of(alice.getName(), alice.getTitle(), alice.getEmail(), alice.getPhone(), alice.getBio(),
                    alice.getTimeZone().getId()).forEach(data::add);
            data.addAll(alice.getOutcomes());
            accounts.findAll().stream().map(CustomerAccount::getCompanyName).forEach(data::add);
            products.findAll().stream().map(Product::getName).forEach(data::add);
            useCases.findAll().stream().map(UseCase::getName).forEach(data::add);
            tiers.findAll().stream().map(Tier::getName).forEach(data::add);
            benefits.findAll().stream().map(Benefit::getName).forEach(data::add);
            // Her accepted asks name the prospect and the salesperson to contact: the program's data, as written.
            requests.findAll().forEach(request -> {
                data.add(request.getProspectCompany());
                data.add(request.getRequestedBy());
            });
            SupportedLocales.ALL.stream().map(SupportedLocales::nativeName).forEach(data::add);
            return data.stream().filter(value -> value != null && !value.isBlank())
                    .sorted(Comparator.comparing(String::length).reversed()).toList();
        });
    }

    private static String withoutData(String text, List<String> data) {
        var result = text;
        for (var value : data) {
            result = result.replace(value, " ");
        }
        return result;
    }

    private void chooseInSelect(String id, String itemText) {
        // Opened the way Vaadin's own test tools open it; the item is then clicked like a person would.
        browser.driver().executeScript("arguments[0].opened = true", browser.waitForId(id));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> driver
                .findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().strip().equals(itemText)));
        browser.driver().findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(itemText))
                .findFirst().orElseThrow().click();
    }

    private void waitUntilTextContains(String id, String text) {
        // The switch reloads the page: elements found before the reload go stale (Chromium 156 may report a node of the
        // old page as an unknown error rather than a stale element).
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> {
            var elements = driver.findElements(By.id(id));
            return !elements.isEmpty() && elements.getFirst().getText().contains(text);
        });
    }
}
