package org.peerproof.domain.outcome;

public enum DealResult {
    OPEN,
    WON,
    LOST
}
