package org.peerproof.domain.settings;

/**
 * The numbers behind the program rules (docs/domain.md), as one immutable value the rule classes take.
 * Staff edit them through the persisted program settings; {@link #DEFAULTS} are the documented defaults.
 *
 * @param quarterlyAskCap            hard cap of asks per advocate per calendar quarter
 * @param restDays                   days after a completed activity before the next ask
 * @param heavyRestDays              rest days after a heavy activity for a Tier 1 advocate
 * @param burnoutAskThreshold        more asks than this in a rolling quarter flags burnout
 * @param burnoutDeclineStreak       this many declines in a row flags burnout
 * @param askExpiryBusinessDays      an unanswered ask expires after this many business days
 * @param actionLinkExpiryDays       email action links stop working after this many days
 * @param recommitmentPeriodMonths   how often advocates recommit
 * @param profileReviewMonths        profiles older than this are stale and the advocate is prompted
 * @param matchedWithinHours         window for the reference availability metric
 */
public record ProgramRules(
        int quarterlyAskCap,
        int restDays,
        int heavyRestDays,
        int burnoutAskThreshold,
        int burnoutDeclineStreak,
        int askExpiryBusinessDays,
        int actionLinkExpiryDays,
        int recommitmentPeriodMonths,
        int profileReviewMonths,
        int matchedWithinHours) {

    public static final ProgramRules DEFAULTS = new ProgramRules(3, 14, 30, 4, 3, 3, 7, 12, 6, 48);
}
