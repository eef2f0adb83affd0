package org.peerproof.domain.ask;

import java.util.EnumSet;
import java.util.Set;

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

    /** Asks that take one of the advocate's quarterly slots for good: they said yes. */
    public static Set<AskStatus> takingASlot() {
        return EnumSet.of(ACCEPTED, COMPLETED);
    }

    public static Set<AskStatus> countingTowardCap() {
        var statuses = EnumSet.noneOf(AskStatus.class);
        for (var status : values()) {
            if (status.countsTowardCap()) {
                statuses.add(status);
            }
        }
        return statuses;
    }
}
