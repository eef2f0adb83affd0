package org.peerproof.domain.notification;

import java.time.Instant;
import java.util.Locale;

/** One outbox message as staff see it in the admin outbox (the payload stays out: it holds signed links). */
public record OutboxRow(Long id, String recipient, MailTemplate template, Locale locale, OutboxStatus status,
                        int attempts, String lastError, Instant createdAt, Instant sentAt) {

    static OutboxRow of(OutboxMessage message) {
        return new OutboxRow(message.getId(), message.getRecipient(), MailTemplate.valueOf(message.getTemplate()),
                message.getLocale(), message.getStatus(), message.getAttempts(), message.getLastError(),
                message.getCreatedAt(), message.getSentAt());
    }

    /** Staff may send FAILED and UNCERTAIN messages again. */
    public boolean retryable() {
        return status == OutboxStatus.FAILED || status == OutboxStatus.UNCERTAIN;
    }
}
