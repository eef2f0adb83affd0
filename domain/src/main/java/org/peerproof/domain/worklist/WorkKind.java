package org.peerproof.domain.worklist;

/** The kinds of work the staff home lists, in the order it shows them. */
public enum WorkKind {
    /** Open requests (not yet fulfilled) needed within 48 hours or already past their needed-by date. */
    REQUESTS_DUE,
    /** Pending asks whose answer window closes within a day. */
    ASKS_EXPIRING,
    /** Self sign-ups no program manager has reviewed yet. */
    SIGN_UPS_TO_REVIEW,
    /** Tier 1 advocates whose quarterly check-in is overdue. */
    CHECK_INS_OVERDUE,
    /** Unanswered recommitments due within a week or already due. */
    RECOMMITMENTS_DUE,
    /** Mails that failed or whose delivery is uncertain, waiting for staff to send them again. */
    OUTBOX_FAILURES
}
