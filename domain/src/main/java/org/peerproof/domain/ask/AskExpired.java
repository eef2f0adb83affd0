package org.peerproof.domain.ask;

/**
 * An ask went unanswered past its expiry and was closed. Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record AskExpired(Long askId) {
}
