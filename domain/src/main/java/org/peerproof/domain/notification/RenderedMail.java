package org.peerproof.domain.notification;

/** An outbox message in its recipient's language, ready for SMTP. */
public record RenderedMail(String subject, String text, String html) {
}
