package org.peerproof.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.peerproof.domain.shared.VersionedEntity;

/**
 * An email waiting to be sent (or already sent). Written in the same transaction as the change that causes it,
 * so no email is lost or sent for a change that rolled back.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends VersionedEntity {

    private static final int MAX_ERROR_LENGTH = 2000;
    private static final int PAYLOAD_LENGTH = 1_000_000;

    @NotBlank
    @Email
    @Size(max = 254)
    private String recipient;

    @NotBlank
    @Size(max = 100)
    private String template;

    @NotNull
    @Column(length = 35)
    private Locale locale;

    /** Template model as JSON. Up to 1M characters: MEDIUMTEXT on MySQL, VARCHAR on H2, never a LOB. */
    @NotNull
    @Column(length = PAYLOAD_LENGTH)
    private String payload;

    @PositiveOrZero
    private int attempts;

    @Size(max = MAX_ERROR_LENGTH)
    private String lastError;

    @NotNull
    private Instant nextAttemptAt;

    private Instant sentAt;

    @NotNull
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String template, Locale locale, String payload, Instant createdAt) {
        this.recipient = recipient;
        this.template = template;
        this.locale = locale;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public void markSent(Instant at) {
        this.attempts++;
        this.sentAt = at;
        this.lastError = null;
    }

    public void recordFailure(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        this.nextAttemptAt = retryAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
