package org.peerproof.domain.activity;

/**
 * The kinds of reference activity. The effort weight and whether an activity is "heavy" are
 * program data on {@code ActivityType}; this enum only names them so rules and consents can refer to them.
 */
public enum ActivityTypeCode {
    REFERENCE_CALL_15,
    REFERENCE_CALL_30,
    CASE_STUDY,
    TESTIMONIAL,
    LOGO_USE,
    SPEAKING,
    PEER_REVIEW,
    SURVEY,
    PRESS_INTERVIEW,
    SOCIAL_POST,
    ADVISORY_BOARD
}
