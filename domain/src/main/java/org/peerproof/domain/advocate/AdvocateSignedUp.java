package org.peerproof.domain.advocate;

/**
 * A person who was not in the program registered and got a new Advocate record awaiting staff review. Published
 * inside the sign-up transaction, so the welcome mail queued by a listener commits with the record.
 */
public record AdvocateSignedUp(Long advocateId) {
}
