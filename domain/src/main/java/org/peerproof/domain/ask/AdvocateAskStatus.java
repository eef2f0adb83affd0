package org.peerproof.domain.ask;

/** Where one advocate's ask for a request stands. */
public record AdvocateAskStatus(Long advocateId, AskStatus status) {
}
