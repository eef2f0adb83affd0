package org.peerproof.app.demo;

/**
 * The situations the console, the portal and the metrics exist to show. The demo program holds each of them on any
 * date: {@link DemoCaseStaging} stages them relative to "now" after the random history is written, so a screen or a
 * figure never comes up empty because of the day the demo was loaded.
 */
enum DemoCase {
    /** Rule 2: more asks in the rolling quarter than the burnout threshold. */
    BURNOUT_TOO_MANY_ASKS,
    /** Rule 2: the newest answers are declines, as many as the burnout streak. */
    BURNOUT_DECLINE_STREAK,
    /** Rule 1: the quarterly cap is used up, here in Tokyo and in Chicago (their own quarters). */
    AT_QUARTERLY_CAP,
    /** Rule 1: a Tier 1 advocate resting after a heavy activity (the longer rest). */
    RESTING_AFTER_HEAVY_ACTIVITY,
    /** Rule 1: a blackout covers today. */
    IN_BLACKOUT_TODAY,
    /** Rule 1: paused by the advocate until a later day. */
    PAUSED,
    /** Rule 9: the profile was last reviewed longer ago than the review period. */
    STALE_PROFILE,
    /** Rule 6: an open recommitment whose 30-day reminder is due. */
    RECOMMITMENT_FIRST_REMINDER_DUE,
    /** Rule 6: an open recommitment whose 7-day reminder is due. */
    RECOMMITMENT_FINAL_REMINDER_DUE,
    /** A Tier 1 advocate whose previous quarter passed without a check-in. */
    CHECK_IN_OVERDUE,
    /** Rule 4: a pending ask that expires next, within a day on business days. */
    ASK_ABOUT_TO_EXPIRE,
    /** A request nobody could take before it was needed. */
    UNFULFILLED_REQUEST,
    /** Rule 8, call-to-close: closed deals of each result, with and without a completed reference. */
    WON_WITH_REFERENCE,
    LOST_WITH_REFERENCE,
    WON_WITHOUT_REFERENCE,
    LOST_WITHOUT_REFERENCE
}
