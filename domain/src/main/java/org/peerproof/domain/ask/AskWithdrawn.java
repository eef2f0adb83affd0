package org.peerproof.domain.ask;

/**
 * Staff withdrew a pending or accepted ask. Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record AskWithdrawn(Long askId) {
}
