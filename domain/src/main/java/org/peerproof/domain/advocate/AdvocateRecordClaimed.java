package org.peerproof.domain.advocate;

/**
 * A person signed in for the first time and took over the Advocate record staff had created for them (matched by
 * verified email). Published inside the sign-up transaction, so what listeners change (a nomination becoming
 * JOINED) commits with the link.
 */
public record AdvocateRecordClaimed(Long advocateId) {
}
