package org.peerproof.domain.notification;

/** How an advocate gets non-essential mail. */
public enum MailDelivery {
    IMMEDIATE,
    WEEKLY_DIGEST
}
