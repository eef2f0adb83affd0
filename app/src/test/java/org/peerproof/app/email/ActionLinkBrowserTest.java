package org.peerproof.app.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerproof.app.testsupport.HeadlessChromium;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.AskDispatch;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.notification.OutboxMessage;
import org.peerproof.domain.notification.OutboxMessageRepository;
import org.peerproof.domain.notification.OutboxStatus;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule 5 in the running application, signed out: staff ask, the new-ask mail lands in the outbox with signed
 * accept and decline links, and following them in a browser shows a confirm page first, accepts on Confirm,
 * and refuses a second click, the decline of the now answered ask and a link with one character changed.
 */
@PeerProofAppTest
class ActionLinkBrowserTest {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(APP_URL) + "/action/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final SignedInUser PROGRAM_MANAGER = new SignedInUser("kc-pm-test", "pm@peerproof.test", true,
            "Pat PM", null, Set.of(Roles.PROGRAM_MANAGER));

    @Autowired AskDispatch dispatch;
    @Autowired AskRepository asks;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired OutboxMessageRepository outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    private HeadlessChromium browser;

    @BeforeEach
    void openBrowser() {
        browser = new HeadlessChromium(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theAcceptLinkConfirmsOnceWithoutSignInAndBrokenOrUsedLinksChangeNothing() {
        var email = "link-" + UUID.randomUUID() + "@customer.example";
        var ids = transactions.execute(status -> {
            var advocate = DomainFixtures.activeAdvocate(accounts.save(DomainFixtures.account("Link Browser Corp")), email);
            advocate.setName("Lina Link");
            advocate.assignTier(tiers.findByRank(2).orElseThrow());
            advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, ContactChannel.VIDEO_CALL);
            advocate = advocates.save(advocate);
            var template = DomainFixtures.request("OPP-LINK-" + advocate.getId());
            var request = requests.save(new ReferenceRequest(template.getOpportunityId(), "Prospect Browser AG",
                    template.getProspectIndustry(), template.getSizeBand(), template.getRegion(), template.getDealStage(),
                    ActivityTypeCode.REFERENCE_CALL_30, LocalDate.now(clock).plusDays(20), "sales@peerproof.test",
                    clock.instant()));
            return List.of(advocate.getId(), request.getId());
        });
        var askId = dispatch.ask(PROGRAM_MANAGER, ids.get(1), List.of(ids.get(0))).getFirst();

        var newAsk = outbox.findByRecipientOrderByCreatedAtAsc(email).stream()
                .filter(message -> message.getTemplate().equals("ASK_NEW")).findFirst().orElseThrow();
        assertThat(newAsk.getStatus()).isEqualTo(OutboxStatus.PENDING);
        var links = LINK.matcher(newAsk.getPayload()).results().map(match -> match.group()).toList();
        assertThat(links).as("accept, decline, unsubscribe-free essential mail").hasSize(2);
        var accept = linkFor(newAsk, "email.action.accept");
        var decline = linkFor(newAsk, "email.action.decline");

        // A link with one character changed: a clear page, nothing changed.
        var position = accept.length() - 5;
        var tampered = accept.substring(0, position) + (accept.charAt(position) == 'A' ? 'B' : 'A') + accept.substring(position + 1);
        browser.driver().get(tampered);
        assertThat(browser.waitForId("action-invalid").getText()).contains("not valid");
        assertThat(statusOf(askId)).isEqualTo(AskStatus.PENDING);

        // Opening the real link only shows what will happen (mail scanners open links too).
        browser.driver().get(accept);
        assertThat(browser.waitForId("action-explain").getText()).contains("accept this request");
        assertThat(browser.waitForId("action-facts").getText()).as("the profile, not the name, before a yes")
                .contains("Healthcare").doesNotContain("Prospect Browser AG");
        assertThat(browser.waitForId("confirm-action").getSize().getHeight()).as("a large primary action")
                .isGreaterThanOrEqualTo(44);
        browser.saveScreenshot("email-01-confirm-accept");
        assertThat(statusOf(askId)).isEqualTo(AskStatus.PENDING);

        browser.waitForId("confirm-action").click();
        assertThat(browser.waitForId("action-done").getText()).contains("You accepted the request.");
        browser.saveScreenshot("email-02-accepted");
        assertThat(statusOf(askId)).isEqualTo(AskStatus.ACCEPTED);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> outbox.findByRecipientOrderByCreatedAtAsc(email)
                .stream().anyMatch(message -> message.getTemplate().equals("ASK_ACCEPTED")));

        // The same link again, and the decline of the now answered ask: refused.
        browser.driver().get(accept);
        assertThat(browser.waitForId("action-invalid").getText()).contains("already been used");
        browser.saveScreenshot("email-03-used");
        browser.driver().get(decline);
        assertThat(browser.waitForId("action-invalid").getText()).contains("no longer possible");
        assertThat(statusOf(askId)).isEqualTo(AskStatus.ACCEPTED);
    }

    private AskStatus statusOf(Long askId) {
        return asks.findById(askId).orElseThrow().getStatus();
    }

    /** The URL of the button with this label key in the message's payload. */
    private static String linkFor(OutboxMessage message, String labelKey) {
        var payload = message.getPayload();
        var label = payload.indexOf("\"" + labelKey + "\"");
        assertThat(label).as(labelKey + " in payload").isPositive();
        var matcher = LINK.matcher(payload);
        assertThat(matcher.find(label)).isTrue();
        return matcher.group();
    }
}
