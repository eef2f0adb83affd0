package org.peerproof.domain.recommitment;

/**
 * A sent recommitment is still unanswered {@code daysLeft} days (30 or 7, rule 6) before it is due. Published by the
 * recommitment job inside its transaction, so a listener writing to the outbox commits with it.
 */
public record RecommitmentReminderDue(Long recommitmentId, int daysLeft) {
}
