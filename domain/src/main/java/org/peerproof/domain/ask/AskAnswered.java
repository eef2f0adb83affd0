package org.peerproof.domain.ask;

/**
 * The advocate accepted or declined an ask (read its status). Published inside the transaction that made the change, so a listener writing
 * to the outbox (issue: notifications) commits or rolls back with it.
 */
public record AskAnswered(Long askId) {
}
