package org.peerproof.domain.notification;

import jakarta.mail.MessagingException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Claim, send, mark, each claim and mark in its own committed transaction:
 * <ol>
 *   <li>rows still SENDING after the lease become UNCERTAIN: the node stopped between the SMTP call and the
 *       mark, so the mail may well have gone. Staff retry them in the admin outbox if it had not; PeerProof never
 *       sends an ask twice on its own (at most once in that window, rather than a duplicate);</li>
 *   <li>due PENDING rows are claimed (SENDING, committed). Optional mail the advocate muted is SKIPPED, and
 *       optional mail of an advocate on the weekly digest is HELD for {@link NotificationJobs#sendDigests};</li>
 *   <li>each claimed row is rendered and handed to SMTP as multipart/alternative (text + HTML) with a
 *       Message-ID derived from its id, so even a manual retry is recognisable as the same mail;</li>
 *   <li>SENT on success; on failure back to PENDING with attempts + 1, the error and exponential backoff, or
 *       FAILED after the last attempt.</li>
 * </ol>
 * ShedLock keeps it to one node at a time.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMessageRepository messages;
    private final NotificationPreferences preferences;
    private final MailRenderer renderer;
    private final JavaMailSender mailSender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OutboxSender(OutboxMessageRepository messages, NotificationPreferences preferences, MailRenderer renderer,
                        JavaMailSender mailSender, MailProperties properties, PlatformTransactionManager transactions,
                        Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.renderer = renderer;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * One run: how many messages went out (boxed: ShedLock cannot lock a method returning a primitive). The lock is
     * held for the interval, so another node whose own schedule falls within it skips: one run per interval.
     */
    @Scheduled(fixedDelayString = "${peerproof.mail.send-interval:PT10S}",
            initialDelayString = "${peerproof.mail.send-initial-delay:PT15S}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT5M",
            lockAtLeastFor = "${peerproof.mail.send-interval:PT10S}")
    public Integer sendDue() {
        flagExpiredClaims();
        var sent = 0;
        List<OutboxMessage> batch;
        do {
            batch = claimDue();
            for (var message : batch) {
                if (deliver(message)) {
                    sent++;
                }
            }
        } while (batch.size() == properties.batchSize());
        return sent;
    }

    private void flagExpiredClaims() {
        transactions.executeWithoutResult(status -> {
            var leaseStart = Instant.now(clock).minus(properties.lease());
            for (var stuck : messages.findByStatusAndClaimedAtBefore(OutboxStatus.SENDING, leaseStart)) {
                LOG.warn("Outbox message {} was claimed at {} and never marked: delivery uncertain", stuck.getId(),
                        stuck.getClaimedAt());
                stuck.markUncertain("claimed at " + stuck.getClaimedAt() + ", never marked sent");
            }
        });
    }

    /** The due messages to send now, claimed and committed; muted and digest mail is settled here. */
    private List<OutboxMessage> claimDue() {
        return transactions.execute(status -> {
            var now = Instant.now(clock);
            var toSend = new ArrayList<OutboxMessage>();
            for (var message : messages.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
                    OutboxStatus.PENDING, now, Limit.of(properties.batchSize()))) {
                message.claim(now);
                if (message.getAdvocateId() != null && !message.getCategory().essential()) {
                    var settings = preferences.settingsOf(message.getAdvocateId());
                    if (!settings.wants(message.getCategory())) {
                        message.skip();
                        continue;
                    }
                    if (settings.digests(message.getCategory())) {
                        message.hold();
                        continue;
                    }
                }
                toSend.add(message);
            }
            return toSend;
        });
    }

    private boolean deliver(OutboxMessage message) {
        try {
            send(message);
        } catch (MessagingException | RuntimeException e) {
            // SMTP errors (MailException) and rendering errors alike: retried with backoff, then FAILED for staff.
            var failure = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.info("Outbox message {} not sent (attempt {}): {}", message.getId(), message.getAttempts() + 1, failure);
            transactions.executeWithoutResult(status -> {
                var current = messages.findById(message.getId()).orElseThrow();
                var attempts = current.getAttempts() + 1;
                current.recordFailure(failure, Instant.now(clock).plus(properties.retryDelay(attempts)),
                        attempts >= properties.maxAttempts());
            });
            return false;
        }
        transactions.executeWithoutResult(status ->
                messages.findById(message.getId()).orElseThrow().markSent(Instant.now(clock)));
        return true;
    }

    private void send(OutboxMessage message) throws MessagingException {
        var mail = renderer.render(message);
        var mime = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        mime.setHeader("Content-Language", message.getLocale().toLanguageTag());
        // JavaMailSenderImpl keeps a Message-ID set before sending.
        mime.setHeader("Message-ID", messageId(message));
        mailSender.send(mime);
    }

    /** Stable per outbox row: receiving systems see a retried or re-sent message as the same one. */
    String messageId(OutboxMessage message) {
        var host = URI.create(properties.baseUrl()).getHost();
        return "<outbox-" + message.getId() + "@" + (host == null ? "peerproof" : host.toLowerCase(Locale.ROOT)) + ">";
    }
}
