package org.peerproof.domain.checkin;

/** Where a Tier 1 advocate stands with their quarterly check-in. */
public enum CheckInStatus {
    /** None held yet and a whole quarter went by without one. */
    OVERDUE,
    /** None held this quarter yet. */
    DUE,
    /** Held this quarter. */
    DONE
}
