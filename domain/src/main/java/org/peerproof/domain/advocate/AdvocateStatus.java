package org.peerproof.domain.advocate;

/** Where an advocate stands in the program; only {@link #ACTIVE} advocates can be asked. */
public enum AdvocateStatus {
    NOMINATED,
    INVITED,
    ACTIVE,
    PAUSED,
    LAPSED,
    LEFT_COMPANY,
    WITHDRAWN
}
