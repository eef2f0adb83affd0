package org.peerproof.domain.notification;

/** Where an outbox message is on its way to the SMTP server (see V7__email_notifications.sql). */
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by the sender, which is talking to the SMTP server right now. */
    SENDING,
    SENT,
    /** Gave up after the last attempt; staff may retry. */
    FAILED,
    /** Still claimed after the lease: the node stopped between sending and marking. Not resent by itself. */
    UNCERTAIN,
    /** Waits for the advocate's weekly digest. */
    HELD,
    /** Went out inside a digest. */
    DIGESTED,
    /** The advocate switched this kind of email off. */
    SKIPPED
}
