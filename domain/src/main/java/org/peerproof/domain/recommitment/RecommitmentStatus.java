package org.peerproof.domain.recommitment;

public enum RecommitmentStatus {
    SENT,
    CONFIRMED,
    DECLINED,
    LAPSED
}
