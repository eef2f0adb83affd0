package org.peerproof.domain.nomination;

public enum NominationStatus {
    NEW,
    INVITED,
    JOINED,
    REJECTED
}
