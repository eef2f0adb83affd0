package org.peerproof.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.peerproof.domain.shared.VersionedEntity;

/**
 * An email waiting to be sent (or already sent). Written in the same transaction as the change that causes it,
 * so no email is lost or sent for a change that rolled back. {@link OutboxSender} moves it through
 * {@link OutboxStatus}.
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

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private MailCategory category;

    /** The advocate the mail is for, whose notification settings apply; {@code null} for staff and nominees. */
    private Long advocateId;

    @PositiveOrZero
    private int attempts;

    @Size(max = MAX_ERROR_LENGTH)
    private String lastError;

    @NotNull
    private Instant nextAttemptAt;

    private Instant claimedAt;

    private Instant sentAt;

    @NotNull
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String template, MailCategory category, Long advocateId, Locale locale,
                         String payload, Instant createdAt) {
        this.recipient = recipient;
        this.template = template;
        this.category = category;
        this.advocateId = advocateId;
        this.locale = locale;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Taken by the sender; committed before the SMTP call so a crash afterwards cannot lead to a second send. */
    public void claim(Instant at) {
        requireStatus(Set.of(OutboxStatus.PENDING));
        this.status = OutboxStatus.SENDING;
        this.claimedAt = at;
    }

    public void markSent(Instant at) {
        requireStatus(Set.of(OutboxStatus.SENDING));
        this.attempts++;
        this.status = OutboxStatus.SENT;
        this.sentAt = at;
        this.lastError = null;
    }

    /** The SMTP server refused or could not be reached: try again at {@code retryAt}, or give up. */
    public void recordFailure(String error, Instant retryAt, boolean giveUp) {
        requireStatus(Set.of(OutboxStatus.SENDING));
        this.attempts++;
        this.lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        this.nextAttemptAt = retryAt;
        this.status = giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        this.claimedAt = null;
    }

    /** The lease ran out while sending: whether the mail left is unknown, so staff decide. */
    public void markUncertain(String note) {
        requireStatus(Set.of(OutboxStatus.SENDING));
        this.status = OutboxStatus.UNCERTAIN;
        this.lastError = note;
    }

    public void hold() {
        requireStatus(Set.of(OutboxStatus.SENDING));
        this.status = OutboxStatus.HELD;
        this.claimedAt = null;
    }

    public void skip() {
        requireStatus(Set.of(OutboxStatus.SENDING));
        this.status = OutboxStatus.SKIPPED;
        this.claimedAt = null;
    }

    public void digested(Instant at) {
        requireStatus(Set.of(OutboxStatus.HELD));
        this.status = OutboxStatus.DIGESTED;
        this.sentAt = at;
    }

    /** Staff send a failed or uncertain message once more, from now. */
    public void retry(Instant now) {
        requireStatus(Set.of(OutboxStatus.FAILED, OutboxStatus.UNCERTAIN));
        this.status = OutboxStatus.PENDING;
        this.claimedAt = null;
        this.nextAttemptAt = now;
    }

    private void requireStatus(Set<OutboxStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalStateException("Outbox message " + getId() + " is " + status + ", expected one of " + allowed);
        }
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

    public OutboxStatus getStatus() {
        return status;
    }

    public MailCategory getCategory() {
        return category;
    }

    public Long getAdvocateId() {
        return advocateId;
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

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
