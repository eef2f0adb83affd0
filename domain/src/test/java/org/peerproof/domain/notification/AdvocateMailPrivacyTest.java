package org.peerproof.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.domain.notification.MailTestSetup.START;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.AdvocateSignedUp;
import org.peerproof.domain.advocate.SignUpApproved;
import org.peerproof.domain.ask.AskAnswered;
import org.peerproof.domain.ask.AskExpired;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskSent;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.AskWithdrawn;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13: the advocate learns the prospect's name only once they accept, in every mail and on the confirm page;
 * the confirm page speaks the advocate's language and keeps a decline reason; a newcomer gets a welcome and an
 * approval mail in their language.
 */
@MariaDbJpaTest
@Import(MailTestSetup.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AdvocateMailPrivacyTest {

    private static final Pattern ACTION_TOKEN = Pattern.compile("/action/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    @Autowired OutboxMessageRepository outbox;
    @Autowired MailRenderer renderer;
    @Autowired MailNotifications notifications;
    @Autowired ActionLinkService actionLinks;
    @Autowired MailFixtures fixtures;
    @Autowired AskRepository asks;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    @DynamicPropertySource
    static void mailProperties(DynamicPropertyRegistry registry) {
        MailTestSetup.properties(registry);
    }

    @BeforeEach
    void emptyOutbox() {
        clock.set(START);
        outbox.deleteAll();
    }

    @Test
    void noMailNamesTheProspectToTheAdvocateBeforeTheyAccepted() {
        var unnamed = new ArrayList<String>();
        var named = new ArrayList<String>();
        transactions.executeWithoutResult(status -> {
            var alice = fixtures.advocate("Alice Private", Locale.ENGLISH);
            var open = fixtures.pendingAsk(alice, START);
            events.publishEvent(new AskSent(open.getId()));
            notifications.askReminderDue(open);
            var expired = fixtures.pendingAsk(alice, START);
            expired.expire();
            events.publishEvent(new AskExpired(expired.getId()));
            var withdrawnOpen = fixtures.pendingAsk(alice, START);
            withdrawnOpen.withdraw();
            events.publishEvent(new AskWithdrawn(withdrawnOpen.getId()));
            var declined = fixtures.pendingAsk(alice, START);
            declined.decline("busy", START);
            events.publishEvent(new AskAnswered(declined.getId()));
            var accepted = fixtures.pendingAsk(alice, START);
            accepted.accept(START);
            events.publishEvent(new AskAnswered(accepted.getId()));
            var withdrawnAfterYes = fixtures.pendingAsk(alice, START);
            withdrawnAfterYes.accept(START);
            withdrawnAfterYes.withdraw();
            events.publishEvent(new AskWithdrawn(withdrawnAfterYes.getId()));
            for (var ask : List.of(open, expired, withdrawnOpen, declined)) {
                unnamed.add(ask.getRequest().getProspectCompany());
            }
            named.add(accepted.getRequest().getProspectCompany());
            named.add(withdrawnAfterYes.getRequest().getProspectCompany());
        });

        var toAdvocate = outbox.findAll().stream().filter(row -> row.getAdvocateId() != null).toList();
        assertThat(toAdvocate).extracting(OutboxMessage::getTemplate).containsExactlyInAnyOrder("ASK_NEW",
                "ASK_REMINDER", "ASK_EXPIRED", "ASK_WITHDRAWN", "ASK_DECLINED", "ASK_ACCEPTED", "ASK_WITHDRAWN");
        var everything = new StringBuilder();
        for (var row : toAdvocate) {
            var mail = renderer.render(row);
            var all = mail.subject() + "\n" + mail.text() + "\n" + mail.html();
            everything.append(all);
            assertThat(all).as(row.getTemplate()).contains("Healthcare");
            unnamed.forEach(company -> assertThat(all).as(row.getTemplate() + " of an ask not accepted").doesNotContain(company));
        }
        assertThat(everything).as("the brief and the withdrawal after a yes name the prospect")
                .contains(named.get(0), named.get(1));
        var accepted = renderer.render(toAdvocate.stream().filter(row -> row.getTemplate().equals("ASK_ACCEPTED")).findFirst().orElseThrow());
        assertThat(accepted.subject()).isEqualTo("Thank you for helping with " + named.get(0) + ": your brief");

        // The confirm page of the open ask's links: the profile, no name.
        var askMail = renderer.render(toAdvocate.stream().filter(row -> row.getTemplate().equals("ASK_NEW")).findFirst().orElseThrow());
        var matcher = ACTION_TOKEN.matcher(askMail.text());
        assertThat(matcher.find()).isTrue();
        var preview = actionLinks.preview(matcher.group(1));
        assertThat(preview.args()).isEmpty();
        assertThat(preview.facts()).extracting(MailModel.Fact::value)
                .contains("enum.Industry.HEALTHCARE", "enum.SizeBand.LARGE", "enum.Region.EMEA", "enum.DealStage.EVALUATION")
                .noneMatch(value -> unnamed.stream().anyMatch(value::contains));
    }

    @Test
    void theConfirmPageSpeaksTheAdvocatesLanguageAndKeepsTheDeclineReason() {
        var askId = transactions.execute(status -> {
            var bruno = fixtures.advocate("Bruno Grund", Locale.GERMAN);
            var ask = fixtures.pendingAsk(bruno, START);
            events.publishEvent(new AskSent(ask.getId()));
            return ask.getId();
        });
        var mail = renderer.render(outbox.findAll().getFirst());
        var tokens = ACTION_TOKEN.matcher(mail.text()).results().map(match -> match.group(1)).toList();
        var decline = tokens.get(1);
        assertThat(actionLinks.languageOf(decline)).contains(Locale.GERMAN);
        assertThat(actionLinks.preview(decline).purpose()).isEqualTo(ActionPurpose.ASK_DECLINE);
        assertThat(actionLinks.preview(decline).takesReason()).isTrue();
        assertThat(actionLinks.preview(tokens.get(0)).takesReason()).as("accepting takes no reason").isFalse();

        actionLinks.confirm(decline, new DeclineForm("  Im Urlaub bis Juni "));

        var declined = asks.findById(askId).orElseThrow();
        assertThat(declined.getStatus()).isEqualTo(AskStatus.DECLINED);
        assertThat(declined.getDeclineReason()).as("stored like a portal decline").isEqualTo("Im Urlaub bis Juni");
        assertThat(actionLinks.languageOf(decline)).as("a used link still answers in German").contains(Locale.GERMAN);
        assertThat(actionLinks.languageOf("nonsense.token")).isEmpty();
    }

    @Test
    void aNewcomerGetsAWelcomeOnSignUpAndTheTierOnApprovalInTheirLanguage() {
        transactions.executeWithoutResult(status -> {
            var bruno = fixtures.advocate("Bruno Neu", Locale.GERMAN);
            events.publishEvent(new AdvocateSignedUp(bruno.getId()));
            events.publishEvent(new SignUpApproved(bruno.getId(), bruno.getTier().getId()));
        });
        var rows = outbox.findAll(Sort.by("id"));
        assertThat(rows).extracting(OutboxMessage::getTemplate).containsExactly("WELCOME", "SIGN_UP_APPROVED");
        assertThat(rows).extracting(OutboxMessage::getLocale).containsOnly(Locale.GERMAN);
        var welcome = renderer.render(rows.get(0));
        assertThat(welcome.subject()).isEqualTo("Willkommen in unserem Kundenreferenzprogramm");
        assertThat(welcome.text()).contains("Guten Tag Bruno Neu,", "prüft jede Anmeldung",
                "https://peerproof.example.com/" + LinkedPages.PORTAL_HOME);
        var approved = renderer.render(rows.get(1));
        var tier = tierName(rows.get(1));
        assertThat(approved.subject()).isEqualTo("Sie sind dabei: willkommen in " + tier);
        assertThat(approved.text()).contains("Ihre Stufe", tier, "Erhoffte Aktivitäten pro Jahr", "Referenzgespräch",
                "https://peerproof.example.com/" + LinkedPages.PORTAL_PREFERENCES);
    }

    @Test
    void theWelcomeIsWrittenOnlyIfTheSignUpIs() {
        transactions.executeWithoutResult(status -> {
            var carla = fixtures.advocate("Carla Rollback", Locale.FRENCH);
            events.publishEvent(new AdvocateSignedUp(carla.getId()));
            status.setRollbackOnly();
        });
        assertThat(outbox.findAll()).isEmpty();
    }

    private static String tierName(OutboxMessage row) {
        return Outbox.modelOf(row).args().getFirst();
    }
}
