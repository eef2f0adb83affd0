package org.peerproof.domain.advocate;

/** How an advocate prefers to take part in an activity. */
public enum ContactChannel {
    EMAIL,
    PHONE,
    VIDEO_CALL,
    IN_PERSON
}
