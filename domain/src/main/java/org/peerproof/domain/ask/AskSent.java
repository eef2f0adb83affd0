package org.peerproof.domain.ask;

/**
 * An ask was put to an advocate. Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record AskSent(Long askId) {
}
