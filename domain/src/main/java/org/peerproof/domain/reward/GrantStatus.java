package org.peerproof.domain.reward;

public enum GrantStatus {
    OFFERED,
    ACCEPTED,
    DELIVERED
}
