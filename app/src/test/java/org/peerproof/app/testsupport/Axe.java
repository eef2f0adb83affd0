package org.peerproof.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package pinned in {@code app/src/test/axe}, installed by {@code scripts/test.sh}) run inside the
 * page a browser test shows. Pages must have no critical and no serious violation, and none of the structural
 * rules every PeerProof page is built to pass (one main landmark, one level-1 heading, all content in landmarks).
 */
public final class Axe {

    /** Impacts that fail a page. */
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    /** Moderate rules the layouts take care of for every page, so they fail a page too. */
    private static final Set<String> FAILING_RULES = Set.of("landmark-one-main", "page-has-heading-one", "region");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            // The page is judged at rest: a combo box dropdown the last step typed into (whose lazy, still empty
            // items Vaadin leaves unnamed) is closed first, as a person moving on would close it.
            document.querySelectorAll('vaadin-combo-box[opened], vaadin-multi-select-combo-box[opened]')
              .forEach(box => { box.opened = false; });
            // Colours are judged as people read them, not halfway through a fade-in (a notification opening).
            const settling = document.getAnimations()
              .filter(animation => animation.playState === 'running'
                && animation.effect && animation.effect.getComputedTiming().iterations !== Infinity)
              .map(animation => animation.finished.catch(() => null));
            const settled = Promise.race([Promise.all(settling), new Promise(resolve => setTimeout(resolve, 2000))]);
            // Vaadin's own connection indicator (shown only while the server is unreachable) sits outside the app.
            settled.then(() => axe.run({exclude: [['vaadin-connection-indicator']]}, {resultTypes: ['violations']}))
              .then(results => done(results.violations.map(violation => ({
                id: violation.id, impact: violation.impact || '', help: violation.help,
                nodes: violation.nodes.map(node => JSON.stringify(node.target) + ' ' + (node.failureSummary || ''))
              }))))
              .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
            """;

    private static String script;

    private Axe() {
    }

    /** Runs axe on the page {@code driver} shows now and fails the test with every violation that counts. */
    public static void assertAccessible(WebDriver driver) {
        var violations = violations(driver);
        var failing = violations.stream()
                .filter(v -> FAILING_IMPACTS.contains(v.impact()) || FAILING_RULES.contains(v.id()))
                .toList();
        assertThat(failing).as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + failing.stream().map(Violation::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Every violation axe finds on the page {@code driver} shows now. */
    public static List<Violation> violations(WebDriver driver) {
        var page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(axeScript());
        }
        @SuppressWarnings("unchecked")
        var found = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        return found.stream().map(Violation::of).toList();
    }

    private static synchronized String axeScript() {
        if (script == null) {
            var file = HeadlessChromium.projectRoot()
                    .resolve("app/src/test/axe/node_modules/axe-core/axe.min.js");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: run scripts/test.sh, or npm ci in app/src/test/axe");
            }
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** One rule a page breaks, with the elements that break it. */
    public record Violation(String id, String impact, String help, List<String> nodes) {

        @SuppressWarnings("unchecked")
        static Violation of(Map<String, Object> raw) {
            return new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"),
                    (List<String>) raw.get("nodes"));
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + "):\n    " + String.join("\n    ", nodes);
        }
    }
}
