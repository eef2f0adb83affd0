package org.peerproof.domain.advocate;

/**
 * Staff approved a self sign-up; the advocate is now in the program with the tier named here. Published inside the
 * approval transaction, so the approval mail queued by a listener commits with the decision.
 */
public record SignUpApproved(Long advocateId, Long tierId) {
}
