package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.settings.ProgramRules;

/**
 * Rule 2 (docs/domain.md): an advocate is flagged for burnout when they got more than
 * {@link ProgramRules#burnoutAskThreshold()} asks in a rolling quarter, or declined
 * {@link ProgramRules#burnoutDeclineStreak()} asks in a row.
 *
 * <p>Definitions:
 * <ul>
 *   <li><b>Rolling quarter</b> ending on day D: the three calendar months ending on D, both ends included,
 *       i.e. from {@code D.minusMonths(3).plusDays(1)} through D (15 June: 16 March to 15 June; 31 May:
 *       1 March to 31 May). Asks count as for the quarterly cap: every status except withdrawn, since a
 *       pending or expired ask was still put to the advocate.</li>
 *   <li><b>Decline streak</b>: going from the newest ask to older ones, the number of declines before the
 *       first accepted or completed ask. Pending, withdrawn and expired asks were never answered, so they
 *       neither break nor extend the streak.</li>
 * </ul>
 * Asks made after the evaluation date are ignored, so an assessment "as of" a past day is reproducible.
 */
public final class BurnoutPolicy {

    private static final int ROLLING_QUARTER_MONTHS = 3;

    private final ProgramRules rules;

    /** A policy applying the given program settings. */
    public BurnoutPolicy(ProgramRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (rules.burnoutAskThreshold() < 0 || rules.burnoutDeclineStreak() < 1) {
            throw new IllegalArgumentException(
                    "Burnout ask threshold must not be negative and decline streak must be at least 1: " + rules);
        }
    }

    /** The rolling quarter ending on {@code endInclusive}: three months back, both ends included. */
    public static DateRange rollingQuarterEndingOn(LocalDate endInclusive) {
        Objects.requireNonNull(endInclusive, "endInclusive");
        return new DateRange(endInclusive.minusMonths(ROLLING_QUARTER_MONTHS).plusDays(1), endInclusive);
    }

    /**
     * Assesses one advocate's asks as of {@code evaluationDate}.
     *
     * @param history        every ask put to the advocate
     * @param evaluationDate the day the rolling quarter ends on, usually today
     * @return the triggers that fired and the counts behind them
     */
    public BurnoutAssessment assess(AskHistory history, LocalDate evaluationDate) {
        Objects.requireNonNull(history, "history");
        DateRange rollingQuarter = rollingQuarterEndingOn(evaluationDate);
        int asks = history.countTowardCap(rollingQuarter);
        int declineStreak = declineStreak(history, evaluationDate);

        Set<BurnoutTrigger> triggers = EnumSet.noneOf(BurnoutTrigger.class);
        if (asks > rules.burnoutAskThreshold()) {
            triggers.add(BurnoutTrigger.TOO_MANY_ASKS);
        }
        if (declineStreak >= rules.burnoutDeclineStreak()) {
            triggers.add(BurnoutTrigger.DECLINE_STREAK);
        }
        return new BurnoutAssessment(triggers, asks, declineStreak, rollingQuarter);
    }

    private static int declineStreak(AskHistory history, LocalDate evaluationDate) {
        int streak = 0;
        for (PastAsk ask : history.asks().reversed()) {
            if (ask.askedOn().isAfter(evaluationDate)) {
                continue;
            }
            switch (ask.status()) {
                case DECLINED -> streak++;
                case ACCEPTED, COMPLETED -> {
                    return streak;
                }
                case PENDING, WITHDRAWN, EXPIRED -> {
                    // Unanswered: skipped.
                }
            }
        }
        return streak;
    }
}
