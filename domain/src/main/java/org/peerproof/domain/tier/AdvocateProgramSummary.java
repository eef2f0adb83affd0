package org.peerproof.domain.tier;

/**
 * An advocate's place in the program as staff see it in the advocate's detail: tier, commitment progress, and
 * whether their self sign-up still waits for review (then they cannot receive benefits).
 */
public record AdvocateProgramSummary(Long advocateId, Long tierId, String tierName, CommitmentProgress progress,
                                     boolean awaitingSignUpReview) {
}
