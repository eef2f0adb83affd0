package org.peerproof.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.notification.MailTestSetup.SMTP;
import static org.peerproof.domain.notification.MailTestSetup.START;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityCompleted;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignedUp;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.SignUpApproved;
import org.peerproof.domain.ask.AskAnswered;
import org.peerproof.domain.ask.AskExpired;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskSent;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.AskWithdrawn;
import org.peerproof.domain.nomination.Nomination;
import org.peerproof.domain.nomination.NominationInvited;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentReminderDue;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.recommitment.RecommitmentRequested;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.reward.Benefit;
import org.peerproof.domain.reward.BenefitGrant;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.reward.BenefitGranted;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6 end to end on the real database and a real SMTP server (GreenMail): outbox rows written with the
 * change, rendered and delivered by the sender, signed links acting once, SMTP outages and crashes.
 */
@MariaDbJpaTest
@Import(MailTestSetup.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MailDeliveryTest {

    private static final Pattern ACTION_LINK = Pattern.compile("https://peerproof\\.example\\.com/action/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static final Pattern ANY_LINK = Pattern.compile("https://peerproof\\.example\\.com/[^\\s\"<]*");

    @Autowired OutboxSender sender;
    @Autowired OutboxMessageRepository outbox;
    @Autowired OutboxAdministration administration;
    @Autowired NotificationJobs jobs;
    @Autowired NotificationSettingsRepository notificationSettings;
    @Autowired ActionLinkService actionLinks;
    @Autowired ActionLinks links;
    @Autowired MailRenderer renderer;
    @Autowired MailFixtures fixtures;
    @Autowired AskRepository asks;
    @Autowired AdvocateRepository advocates;
    @Autowired ReferenceRequestRepository requests;
    @Autowired ActivityRepository activities;
    @Autowired ActivityTypeRepository activityTypes;
    @Autowired NominationRepository nominations;
    @Autowired BenefitRepository benefits;
    @Autowired BenefitGrantRepository grants;
    @Autowired RecommitmentRepository recommitments;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    private static GreenMail smtp = SMTP;

    @DynamicPropertySource
    static void mailProperties(DynamicPropertyRegistry registry) {
        MailTestSetup.properties(registry);
    }

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        clock.set(START);
        outbox.deleteAll();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void everyTemplateGoesToItsRecipientInTheirLanguageWithSubjectTextHtmlAndWorkingLinks() throws Exception {
        var now = START;
        var germanReaders = new HashSet<String>();
        transactions.executeWithoutResult(status -> {
            var alice = fixtures.advocate("Alice Mail", Locale.ENGLISH);
            var bruno = fixtures.advocate("Bruno Mail", Locale.GERMAN);
            germanReaders.add(bruno.getEmail());
            events.publishEvent(new AskSent(fixtures.pendingAsk(alice, now).getId()));
            events.publishEvent(new AskExpired(fixtures.pendingAsk(alice, now).getId()));
            events.publishEvent(new AskWithdrawn(fixtures.pendingAsk(bruno, now).getId()));
            var accepted = fixtures.pendingAsk(alice, now);
            accepted.accept(now);
            events.publishEvent(new AskAnswered(accepted.getId()));
            var declined = fixtures.pendingAsk(bruno, now);
            declined.decline("travelling", now);
            events.publishEvent(new AskAnswered(declined.getId()));
            var soonExpiring = fixtures.pendingAsk(bruno, now.minus(Duration.ofHours(50)));
            assertThat(soonExpiring.getExpiresAt()).isBefore(now.plus(Duration.ofDays(1)));

            var activity = activities.save(Activity.fulfilling(accepted,
                    activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow(),
                    LocalDate.of(2026, 5, 11), "pm@peerproof.example.com", now));
            events.publishEvent(new ActivityCompleted(activity.getId()));

            var newcomer = fixtures.advocate("Nora Newcomer", Locale.ENGLISH);
            events.publishEvent(new AdvocateSignedUp(newcomer.getId()));
            events.publishEvent(new SignUpApproved(newcomer.getId(), newcomer.getTier().getId()));

            var nominee = fixtures.advocate("Nina Nominee", Locale.ENGLISH);
            nominee.changeStatus(AdvocateStatus.NOMINATED);
            var nomination = nominations.save(new Nomination(nominee, "csm@peerproof.example.com", "Great fan", now));
            events.publishEvent(new NominationInvited(nomination.getId()));

            var benefit = benefits.save(new Benefit(BenefitKind.CONFERENCE_PASS, "Summit pass 2026", new BigDecimal("900")));
            var grant = grants.save(new BenefitGrant(alice, benefit, new BigDecimal("900"), "pm@peerproof.example.com", now));
            events.publishEvent(new BenefitGranted(grant.getId()));

            var recommitment = recommitments.save(new Recommitment(alice, now, LocalDate.of(2026, 6, 30)));
            events.publishEvent(new RecommitmentRequested(recommitment.getId()));
            events.publishEvent(new RecommitmentReminderDue(recommitment.getId(), 30));

            bruno.profileReviewed(LocalDate.of(2025, 10, 1));
            var stale = new ReferenceRequest("OPP-STALE", "Stale Prospect AG", accepted.getRequest().getProspectIndustry(),
                    accepted.getRequest().getSizeBand(), accepted.getRequest().getRegion(),
                    accepted.getRequest().getDealStage(), ActivityTypeCode.REFERENCE_CALL_30, LocalDate.of(2026, 6, 1),
                    "sales@peerproof.example.com", now.minus(Duration.ofDays(6)));
            requests.save(stale);
        });
        assertThat(jobs.remindExpiringAsks()).isEqualTo(1);
        assertThat(jobs.promptProfileReviews()).isEqualTo(1);
        assertThat(jobs.reportUnfulfilledRequests()).isEqualTo(1);
        assertThat(jobs.remindExpiringAsks()).as("each reminder once").isZero();
        assertThat(jobs.promptProfileReviews()).as("one prompt per period").isZero();
        assertThat(jobs.reportUnfulfilledRequests()).as("staff told once").isZero();

        var written = outbox.findAll();
        assertThat(written).extracting(OutboxMessage::getTemplate).map(MailTemplate::valueOf)
                .containsAll(EnumSet.complementOf(EnumSet.of(MailTemplate.DIGEST)));
        assertThat(sender.sendDue()).isEqualTo(written.size());

        var received = receivedByMessageId();
        assertThat(received).hasSize(written.size());
        for (var row : outbox.findAll()) {
            var template = MailTemplate.valueOf(row.getTemplate());
            var mail = received.get("<outbox-" + row.getId() + "@peerproof.example.com>");
            assertThat(mail).as(template + " delivered").isNotNull();
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(row.getRecipient());
            var language = germanReaders.contains(row.getRecipient()) ? Locale.GERMAN : Locale.ENGLISH;
            assertThat(row.getLocale()).as(template + " in the recipient's language").isEqualTo(language);
            assertThat(mail.getHeader("Content-Language", null)).isEqualTo(language.getLanguage());
            assertThat(mail.getSubject()).isEqualTo(renderer.subject(row)).doesNotContain("email.", "{");
            var text = part(mail, "text/plain");
            var html = part(mail, "text/html");
            assertThat(text).as(template + " text").isNotBlank().doesNotContain("??", "email.", "{0}", "null");
            assertThat(html).as(template + " html").contains("<html").doesNotContain("??", "email.", "{0}");
            var textLinks = ANY_LINK.matcher(text).results().map(match -> match.group()).toList();
            assertThat(textLinks).as(template + " has links").isNotEmpty();
            var role = roleOf(row.getRecipient());
            textLinks.forEach(link -> assertThat(LinkedPages.LINKED_FOR.get(routeOf(link)))
                    .as(template + " to a " + role + ": " + link).contains(role));
            textLinks.forEach(link -> assertThat(html).contains(link.replace("&", "&amp;")));
            ACTION_LINK.matcher(text).results().forEach(match -> assertThat(links.verify(match.group(1))).isNotNull());
            if (template.category().essential()) {
                assertThat(linksFor(text, ActionPurpose.UNSUBSCRIBE)).as(template + " is essential").isEmpty();
            } else {
                assertThat(linksFor(text, ActionPurpose.UNSUBSCRIBE)).as(template + " unsubscribe link").hasSize(1);
            }
        }
        var askNew = only(written, MailTemplate.ASK_NEW);
        var askMail = received.get("<outbox-" + askNew.getId() + "@peerproof.example.com>");
        assertThat(askMail.getSubject()).isEqualTo("Could you speak with a prospect in Healthcare?");
        var askText = part(askMail, "text/plain");
        assertThat(askText).contains("Hello Alice Mail,", "Reference call (30+ min)", "Accept: https://", "Decline: https://");
        assertThat(linksFor(askText, ActionPurpose.ASK_ACCEPT)).hasSize(1);
        assertThat(linksFor(askText, ActionPurpose.ASK_DECLINE)).hasSize(1);
        assertThat(only(written, MailTemplate.STAFF_REQUEST_UNFULFILLED).getRecipient()).isIn(
                "sales@peerproof.example.com", "pm@peerproof.example.com");
        assertThat(written).filteredOn(row -> row.getTemplate().equals("STAFF_REQUEST_UNFULFILLED"))
                .extracting(OutboxMessage::getRecipient)
                .containsExactlyInAnyOrder("sales@peerproof.example.com", "pm@peerproof.example.com");
        assertThat(only(written, MailTemplate.STAFF_ASK_ANSWERED)).isNotNull();
    }

    @Test
    void anAskToAGermanAdvocateIsWrittenInGerman() throws Exception {
        var prospect = transactions.execute(status -> {
            var bruno = fixtures.advocate("Bruno Deutsch", Locale.GERMAN);
            var ask = fixtures.pendingAsk(bruno, START);
            events.publishEvent(new AskSent(ask.getId()));
            return ask.getRequest().getProspectCompany();
        });
        assertThat(sender.sendDue()).isEqualTo(1);

        var mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("de");
        assertThat(mail.getSubject()).isEqualTo("Könnten Sie mit einem Interessenten aus der Branche Gesundheitswesen sprechen?");
        assertThat(part(mail, "text/plain")).contains("Guten Tag Bruno Deutsch,", "Annehmen: https://")
                .doesNotContain("Hello", "Accept:", "Decline:", prospect);
        assertThat(part(mail, "text/html")).contains("lang=\"de\"", "Annehmen").doesNotContain(">Accept<");
    }

    @Test
    void theRecommitmentMailLetsTheAdvocateStayOnceAndThenNotLeaveWithTheSameMail() throws Exception {
        var ids = transactions.execute(status -> {
            var dora = fixtures.advocate("Dora Recommit", Locale.ENGLISH);
            var recommitment = recommitments.save(new Recommitment(dora, START, LocalDate.of(2026, 6, 30)));
            events.publishEvent(new RecommitmentRequested(recommitment.getId()));
            return List.of(recommitment.getId(), dora.getId());
        });
        assertThat(sender.sendDue()).isEqualTo(1);
        var text = part(smtp.getReceivedMessages()[0], "text/plain");
        var stay = linksFor(text, ActionPurpose.RECOMMITMENT_CONFIRM).getFirst();
        var leave = linksFor(text, ActionPurpose.RECOMMITMENT_DECLINE).getFirst();

        assertThat(actionLinks.preview(leave).purpose()).isEqualTo(ActionPurpose.RECOMMITMENT_DECLINE);
        assertThat(actionLinks.confirm(stay)).isEqualTo(ActionPurpose.RECOMMITMENT_CONFIRM);
        assertThat(recommitments.findById(ids.get(0)).orElseThrow().getStatus()).isEqualTo(RecommitmentStatus.CONFIRMED);

        assertInvalid(() -> actionLinks.confirm(leave), InvalidActionLinkException.Reason.NO_LONGER_POSSIBLE);
        assertThat(recommitments.findById(ids.get(0)).orElseThrow().getStatus()).isEqualTo(RecommitmentStatus.CONFIRMED);
        assertThat(advocates.findById(ids.get(1)).orElseThrow().getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
    }

    @Test
    void theAcceptLinkAcceptsOnceAndExpiredTamperedOrForeignLinksChangeNothing() throws Exception {
        var ids = transactions.execute(status -> {
            var carla = fixtures.advocate("Carla Link", Locale.ENGLISH);
            var first = fixtures.pendingAsk(carla, START);
            var second = fixtures.pendingAsk(carla, START);
            events.publishEvent(new AskSent(first.getId()));
            events.publishEvent(new AskSent(second.getId()));
            return List.of(first.getId(), second.getId());
        });
        sender.sendDue();
        var mails = Arrays.stream(smtp.getReceivedMessages()).toList();
        assertThat(mails).hasSize(2);
        var firstLinks = new ArrayList<String>();
        var secondLinks = new ArrayList<String>();
        for (var mail : mails) {
            var accept = linksFor(part(mail, "text/plain"), ActionPurpose.ASK_ACCEPT).getFirst();
            (links.verify(accept).targetId() == ids.get(0) ? firstLinks : secondLinks).add(accept);
        }
        var acceptFirst = firstLinks.getFirst();
        var acceptSecond = secondLinks.getFirst();

        // One changed character anywhere: refused, nothing changed.
        for (int position : new int[] {3, acceptFirst.indexOf('.') - 1, acceptFirst.length() - 1}) {
            var tampered = changeCharacter(acceptFirst, position);
            assertInvalid(() -> actionLinks.preview(tampered), InvalidActionLinkException.Reason.TAMPERED);
            assertInvalid(() -> actionLinks.confirm(tampered), InvalidActionLinkException.Reason.TAMPERED);
        }
        // The first ask's signature on a body naming the second ask: refused.
        var forOtherAsk = acceptSecond.substring(0, acceptSecond.indexOf('.')) + acceptFirst.substring(acceptFirst.indexOf('.'));
        assertInvalid(() -> actionLinks.confirm(forOtherAsk), InvalidActionLinkException.Reason.TAMPERED);
        assertThat(statusOf(ids.get(0))).isEqualTo(AskStatus.PENDING);
        assertThat(statusOf(ids.get(1))).isEqualTo(AskStatus.PENDING);

        // The real link: a GET shows what will happen, the confirmation accepts.
        var preview = actionLinks.preview(acceptFirst);
        assertThat(preview.purpose()).isEqualTo(ActionPurpose.ASK_ACCEPT);
        assertThat(preview.args()).as("an open ask never names the prospect").isEmpty();
        assertThat(preview.facts()).extracting(MailModel.Fact::value).contains("enum.Industry.HEALTHCARE")
                .noneMatch(value -> value.startsWith("Prospect "));
        assertThat(statusOf(ids.get(0))).as("previewing changes nothing").isEqualTo(AskStatus.PENDING);
        assertThat(actionLinks.confirm(acceptFirst)).isEqualTo(ActionPurpose.ASK_ACCEPT);
        assertThat(statusOf(ids.get(0))).isEqualTo(AskStatus.ACCEPTED);
        assertThat(outbox.findAll()).extracting(OutboxMessage::getTemplate)
                .as("the accept by link sends the brief, like the portal").contains("ASK_ACCEPTED", "STAFF_ASK_ANSWERED");

        // Second click: used.
        assertInvalid(() -> actionLinks.preview(acceptFirst), InvalidActionLinkException.Reason.USED);
        assertInvalid(() -> actionLinks.confirm(acceptFirst), InvalidActionLinkException.Reason.USED);

        // Expired: the second ask's link after the link expiry (7 days), the ask untouched.
        clock.advance(Duration.ofDays(7));
        assertInvalid(() -> actionLinks.preview(acceptSecond), InvalidActionLinkException.Reason.EXPIRED);
        assertInvalid(() -> actionLinks.confirm(acceptSecond), InvalidActionLinkException.Reason.EXPIRED);
        assertThat(statusOf(ids.get(1))).isEqualTo(AskStatus.PENDING);
    }

    @Test
    void aDeclineLinkForAnAskThatWasAnsweredMeanwhileChangesNothing() throws Exception {
        var askId = transactions.execute(status -> {
            var dora = fixtures.advocate("Dora Late", Locale.ENGLISH);
            var ask = fixtures.pendingAsk(dora, START);
            events.publishEvent(new AskSent(ask.getId()));
            return ask.getId();
        });
        sender.sendDue();
        var text = part(smtp.getReceivedMessages()[0], "text/plain");
        assertThat(actionLinks.confirm(linksFor(text, ActionPurpose.ASK_ACCEPT).getFirst())).isEqualTo(ActionPurpose.ASK_ACCEPT);
        var decline = linksFor(text, ActionPurpose.ASK_DECLINE).getFirst();
        assertInvalid(() -> actionLinks.confirm(decline), InvalidActionLinkException.Reason.NO_LONGER_POSSIBLE);
        assertThat(statusOf(askId)).isEqualTo(AskStatus.ACCEPTED);
    }

    @Test
    void smtpDownForFiveMinutesThenUpDeliversEveryMessageExactlyOnce() throws Exception {
        smtp.stop();
        try {
            transactions.executeWithoutResult(status -> {
                var eve = fixtures.advocate("Eve Outage", Locale.ENGLISH);
                for (int i = 0; i < 5; i++) {
                    events.publishEvent(new AskSent(fixtures.pendingAsk(eve, START).getId()));
                }
            });
            for (int minute = 0; minute < 5; minute++) {
                assertThat(sender.sendDue()).isZero();
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(outbox.findAll()).allSatisfy(message -> {
                assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(message.getAttempts()).isBetween(1, 4);
                assertThat(message.getLastError()).isNotBlank();
                assertThat(message.getNextAttemptAt()).isAfter(message.getCreatedAt());
            });
        } finally {
            smtp = new GreenMail(new ServerSetup(MailTestSetup.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        assertThat(sender.sendDue()).as("nothing before its backoff is over").isLessThanOrEqualTo(5);
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue()).isZero();

        var received = receivedByMessageId();
        assertThat(received).hasSize(5);
        assertThat(outbox.findAll()).allSatisfy(message -> {
            assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(received).containsKey("<outbox-" + message.getId() + "@peerproof.example.com>");
        });
    }

    @Test
    void aMessageClaimedByASenderThatDiedIsFlaggedUncertainNotResentUntilStaffRetry() throws Exception {
        var messageId = transactions.execute(status -> {
            var fay = fixtures.advocate("Fay Crash", Locale.ENGLISH);
            events.publishEvent(new AskSent(fixtures.pendingAsk(fay, START).getId()));
            var message = outbox.findAll().getFirst();
            // What a sender leaves behind when it dies after the SMTP call and before marking the row sent.
            message.claim(START);
            return message.getId();
        });
        clock.advance(Duration.ofMinutes(11));
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        var uncertain = outbox.findById(messageId).orElseThrow();
        assertThat(uncertain.getStatus()).isEqualTo(OutboxStatus.UNCERTAIN);
        clock.advance(Duration.ofHours(2));
        assertThat(sender.sendDue()).as("never resent by itself").isZero();

        var staff = new org.peerproof.domain.access.SignedInUser("kc-pm", "pm@peerproof.example.com", true, "PM",
                null, Set.of(org.peerproof.domain.access.Roles.PROGRAM_MANAGER));
        assertThat(administration.list(staff, EnumSet.of(OutboxStatus.UNCERTAIN))).extracting(OutboxRow::id).containsExactly(messageId);
        administration.retry(staff, messageId);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.findById(messageId).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void mutedMailIsSkippedDigestMailIsHeldAndTheUnsubscribeLinkMutesOptionalMail() throws Exception {
        var advocateIds = transactions.execute(status -> {
            var muted = fixtures.advocate("Gil Muted", Locale.ENGLISH);
            var digest = fixtures.advocate("Hana Digest", Locale.ENGLISH);
            var settings = new NotificationSettings(muted.getId());
            settings.change(MailDelivery.IMMEDIATE, EnumSet.of(MailCategory.THANK_YOU));
            notificationSettings.save(settings);
            var weekly = new NotificationSettings(digest.getId());
            weekly.change(MailDelivery.WEEKLY_DIGEST, Set.of());
            notificationSettings.save(weekly);
            for (var advocate : List.of(muted, digest)) {
                var ask = fixtures.pendingAsk(advocate, START);
                ask.accept(START);
                var activity = activities.save(Activity.fulfilling(ask,
                        activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow(),
                        LocalDate.of(2026, 5, 11), "pm@peerproof.example.com", START));
                events.publishEvent(new ActivityCompleted(activity.getId()));
                events.publishEvent(new AskSent(fixtures.pendingAsk(advocate, START).getId()));
            }
            return Map.of("muted", muted.getId(), "digest", digest.getId());
        });
        assertThat(sender.sendDue()).as("the two asks: essential, at once").isEqualTo(2);
        var byAdvocate = outbox.findAll().stream().filter(message -> message.getTemplate().equals("THANK_YOU"))
                .collect(Collectors.toMap(OutboxMessage::getAdvocateId, OutboxMessage::getStatus));
        assertThat(byAdvocate).containsEntry(advocateIds.get("muted"), OutboxStatus.SKIPPED)
                .containsEntry(advocateIds.get("digest"), OutboxStatus.HELD);

        assertThat(jobs.sendDigests()).isEqualTo(1);
        assertThat(sender.sendDue()).isEqualTo(1);
        var digest = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subjectOf(mail).equals("Your customer reference program digest")).findFirst().orElseThrow();
        var digestText = part(digest, "text/plain");
        assertThat(digestText).contains("Thank you for your help", "Thank you for the reference you gave on");

        // The digest's unsubscribe link: no login, and from then on optional mail is skipped.
        var unsubscribe = linksFor(digestText, ActionPurpose.UNSUBSCRIBE).getFirst();
        assertThat(actionLinks.preview(unsubscribe).purpose()).isEqualTo(ActionPurpose.UNSUBSCRIBE);
        actionLinks.confirm(unsubscribe);
        Set<MailCategory> muted = transactions.execute(status ->
                notificationSettings.findByAdvocateId(advocateIds.get("digest")).orElseThrow().getMutedCategories());
        assertThat(muted)
                .containsExactlyInAnyOrderElementsOf(MailCategory.optional());
        assertInvalid(() -> actionLinks.confirm(unsubscribe), InvalidActionLinkException.Reason.USED);
    }

    private AskStatus statusOf(Long askId) {
        return asks.findById(askId).orElseThrow().getStatus();
    }

    /** The test's staff addresses and their roles; everyone else who gets mail here is an advocate. */
    private static String roleOf(String recipient) {
        return switch (recipient) {
            case "sales@peerproof.example.com" -> Roles.SALES;
            case "pm@peerproof.example.com" -> Roles.PROGRAM_MANAGER;
            default -> Roles.ADVOCATE;
        };
    }

    /** The one route of {@link LinkedPages} a link opens (a route parameter matches one path segment). */
    private static String routeOf(String link) {
        var path = link.replaceFirst("^https://peerproof\\.example\\.com/", "").replaceFirst("[?#].*$", "");
        var routes = LinkedPages.LINKED_FOR.keySet().stream()
                .filter(route -> path.matches(route.replaceAll(":[A-Za-z]+", "[^/]+")))
                .toList();
        assertThat(routes).as("the page of " + link).hasSize(1);
        return routes.getFirst();
    }

    private static OutboxMessage only(List<OutboxMessage> messages, MailTemplate template) {
        return messages.stream().filter(message -> message.getTemplate().equals(template.name())).findFirst().orElseThrow();
    }

    private List<String> linksFor(String text, ActionPurpose purpose) {
        return ACTION_LINK.matcher(text).results().map(match -> match.group(1))
                .filter(token -> links.verify(token).purpose() == purpose).toList();
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable action,
                                      InvalidActionLinkException.Reason reason) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidActionLinkException.class,
                invalid -> assertThat(invalid.reason()).isEqualTo(reason));
    }

    private static String changeCharacter(String token, int position) {
        var original = token.charAt(position);
        var replacement = original == 'A' ? 'B' : 'A';
        return token.substring(0, position) + replacement + token.substring(position + 1);
    }

    private static Map<String, MimeMessage> receivedByMessageId() throws Exception {
        var byId = new java.util.HashMap<String, MimeMessage>();
        for (var mail : smtp.getReceivedMessages()) {
            assertThat(byId.put(mail.getMessageID(), mail)).as("no message twice: " + mail.getMessageID()).isNull();
        }
        return byId;
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first body part of this type, decoded. */
    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
