package org.peerproof.domain.request;

/** Sales stage of the opportunity a reference request supports. */
public enum DealStage {
    DISCOVERY,
    EVALUATION,
    PROPOSAL,
    NEGOTIATION,
    CLOSING
}
