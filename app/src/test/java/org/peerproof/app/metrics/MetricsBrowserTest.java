package org.peerproof.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/**
 * A program manager opens the metrics dashboard on the demo program: every figure's card shows its key number,
 * every chart is drawn with data, the burnout and stale lists have rows, each figure offers its CSV, and the
 * region filter redraws the figures.
 */
@PeerProofAppTest
class MetricsBrowserTest {

    static final List<String> CHARTS = List.of("availability", "time-to-match", "call-to-close", "nps", "revenue",
            "usage", "stages");
    static final List<String> CARDS = List.of("availability", "time-to-match", "call-to-close", "nps", "revenue",
            "usage", "stages", "burnout", "stale");
    static final List<String> CSVS = List.of("availability", "time-to-match", "call-to-close", "nps",
            "influenced-revenue", "usage", "requests-by-stage", "burnout", "stale-profiles");

    private HeadlessChromium browser;
    private Wait<WebDriver> wait;

    @BeforeEach
    void programManagerSignsIn() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(1440, 2400);
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class);
        browser.signInAt(APP_URL + "/admin/metrics", "pm@peerproof.test");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everyFigureIsShownWithItsChartListAndCsv() {
        browser.waitForId("metrics-cards");
        for (var card : CARDS) {
            var text = browser.waitForId("metric-" + card).findElement(By.className("metrics-kpi-value")).getText();
            assertThat(text).as(card).isNotBlank().doesNotContain("no data").isNotEqualTo("0");
        }
        for (var chart : CHARTS) {
            wait.until(driver -> pointsDrawn("chart-" + chart) > 0);
        }
        assertThat(browser.waitForId("metric-availability").getText()).contains("within 48 hours", "goal 70%");
        for (var csv : CSVS) {
            assertThat(browser.waitForId("csv-" + csv).getAttribute("href")).as(csv).isNotBlank();
        }
        wait.until(driver -> !browser.waitForId("burnout-list").findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().filter(cell -> !cell.getText().isBlank()).toList().isEmpty());
        wait.until(driver -> browser.waitForId("stale-list").getText() != null
                && browser.waitForId("stale-list").findElements(By.tagName("vaadin-grid-cell-content")).size() > 3);
        assertThat(browser.driver().findElement(By.id("nav-metrics")).isDisplayed()).isTrue();
        browser.saveScreenshot("admin-metrics");

        var allRegions = browser.waitForId("metric-stages").findElement(By.className("metrics-kpi-value")).getText();
        chooseInComboBox("metrics-region", "Asia");
        wait.until(driver -> !browser.waitForId("metric-stages").findElement(By.className("metrics-kpi-value"))
                .getText().equals(allRegions));
        for (var chart : CHARTS) {
            wait.until(driver -> pointsDrawn("chart-" + chart) > 0);
        }
    }

    private long pointsDrawn(String chartId) {
        var points = browser.waitForId(chartId).getAttribute("data-points");
        return points == null ? 0 : Long.parseLong(points);
    }

    private void chooseInComboBox(String id, String text) {
        var input = browser.waitForId(id).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        wait.until(driver -> !driver.findElements(By.cssSelector("#" + id + " [role=option]:not([hidden])")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
    }
}
