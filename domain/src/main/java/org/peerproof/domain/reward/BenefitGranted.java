package org.peerproof.domain.reward;

/**
 * A benefit was granted (offered) to an advocate. Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record BenefitGranted(Long grantId) {
}
