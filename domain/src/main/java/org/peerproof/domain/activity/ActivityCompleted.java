package org.peerproof.domain.activity;

/**
 * A reference activity was completed (rule 7: thank-you within 24 h). Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record ActivityCompleted(Long activityId) {
}
