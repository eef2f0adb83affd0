package org.peerproof.domain.recommitment;

/**
 * A yearly recommitment was sent to an advocate. Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record RecommitmentRequested(Long recommitmentId) {
}
