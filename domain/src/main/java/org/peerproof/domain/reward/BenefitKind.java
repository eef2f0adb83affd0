package org.peerproof.domain.reward;

/** What the program can give advocates. There is deliberately no cash or pay-per-call kind. */
public enum BenefitKind {
    EARLY_ACCESS,
    EXECUTIVE_ACCESS,
    ADVISORY_COUNCIL_SEAT,
    CONFERENCE_PASS,
    GIFT,
    RECOGNITION_AWARD
}
