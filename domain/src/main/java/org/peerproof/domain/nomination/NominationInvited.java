package org.peerproof.domain.nomination;

/**
 * A program manager invited a nominated contact to sign up. Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record NominationInvited(Long nominationId) {
}
