package org.peerproof.app.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.notification.MailCategory;
import org.peerproof.domain.notification.OutboxMessage;
import org.peerproof.domain.notification.OutboxMessageRepository;
import org.peerproof.domain.notification.OutboxStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin outbox: a program manager sees a failed mail with its SMTP error and sends it again. */
@PeerProofAppTest
class OutboxBrowserTest {

    @Autowired OutboxMessageRepository outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    private HeadlessChromium browser;

    @BeforeEach
    void signInAsProgramManager() {
        KeycloakTestServer.requireRunning();
        browser = new HeadlessChromium(1400, 900);
        browser.signInAt(APP_URL + "/admin/outbox", "pm@peerproof.test");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aFailedMessageShowsItsErrorAndCanBeSentAgain() {
        var failedId = transactions.execute(status -> {
            var now = clock.instant();
            var message = outbox.save(new OutboxMessage("failed-" + System.nanoTime() + "@customer.example", "ASK_NEW",
                    MailCategory.ASKS, null, Locale.ENGLISH, "{}", now));
            message.claim(now);
            message.recordFailure("550 mailbox unavailable", now.plusSeconds(60), true);
            return message.getId();
        });
        browser.driver().get(APP_URL + "/admin/outbox");
        var grid = browser.waitForId("outbox");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> grid.getText().contains("550 mailbox unavailable"));
        assertThat(grid.getText()).contains("Failed", "New ask");
        browser.saveScreenshot("email-04-admin-outbox");

        browser.waitForId("retry-" + failedId).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver ->
                outbox.findById(failedId).orElseThrow().getStatus() == OutboxStatus.PENDING);
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card[theme~=error]"))).isEmpty();
    }
}
