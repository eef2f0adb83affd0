package org.peerproof.domain.ask;

public enum AskStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN,
    COMPLETED;

    /** Statuses that count against an advocate's quarterly cap: the ask was put to them and not taken back. */
    public boolean countsTowardCap() {
        return this != WITHDRAWN;
    }
}
