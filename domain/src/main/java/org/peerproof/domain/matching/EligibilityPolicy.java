package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.settings.ProgramRules;

/**
 * Rule 1 (docs/domain.md): may this advocate be asked for an activity of type T on day D?
 * The one place the rule lives; matching, accepting an ask and the views all call it.
 */
public final class EligibilityPolicy {

    private final ProgramRules rules;

    /** A policy applying the given program settings. */
    public EligibilityPolicy(ProgramRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (rules.quarterlyAskCap() < 0 || rules.restDays() < 0 || rules.heavyRestDays() < 0) {
            throw new IllegalArgumentException("Quarterly ask cap and rest days must not be negative: " + rules);
        }
    }

    /**
     * Checks every clause of Rule 1 and reports each one that fails, in this order:
     * <ol>
     *   <li>status is active;</li>
     *   <li>the advocate consented to {@code activityType};</li>
     *   <li>not paused on {@code askDate} (a pause includes its last day);</li>
     *   <li>no blackout covers {@code askDate};</li>
     *   <li>asks this quarter are below min(program cap, the advocate's own max): an own max above the cap
     *       is clipped to it, and the reason names whichever limit was lower;</li>
     *   <li>the rest after the last completed activity is over ({@link RestPeriod});</li>
     *   <li>the advocate's tier allows {@code activityType}.</li>
     * </ol>
     *
     * @param candidate    the advocate, as of {@code askDate}
     * @param activityType the activity type wanted
     * @param askDate      the day the ask would be put to the advocate
     * @return all failed clauses; {@link EligibilityResult#eligible()} when there are none
     */
    public EligibilityResult evaluate(EligibilityCandidate candidate, ActivityTypeCode activityType, LocalDate askDate) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(activityType, "activityType");
        Objects.requireNonNull(askDate, "askDate");

        List<IneligibilityReason> reasons = new ArrayList<>();
        if (candidate.status() != AdvocateStatus.ACTIVE) {
            reasons.add(new IneligibilityReason.NotActive(candidate.status()));
        }
        if (!candidate.consentedTypes().contains(activityType)) {
            reasons.add(new IneligibilityReason.NoConsent(activityType));
        }
        if (candidate.pausedUntil() != null && !askDate.isAfter(candidate.pausedUntil())) {
            reasons.add(new IneligibilityReason.Paused(candidate.pausedUntil()));
        }
        blackoutCovering(candidate.blackouts(), askDate)
                .ifPresent(blackout -> reasons.add(new IneligibilityReason.InBlackout(blackout)));
        quarterlyLimitReached(candidate, askDate).ifPresent(reasons::add);
        if (candidate.lastCompletedActivity() != null) {
            RestPeriod rest = RestPeriod.after(candidate.lastCompletedActivity(), candidate.tierRank(), rules);
            if (rest.isRestingOn(askDate)) {
                reasons.add(IneligibilityReason.Resting.from(rest));
            }
        }
        if (!candidate.tierAllowedTypes().contains(activityType)) {
            reasons.add(new IneligibilityReason.TierNotAllowed(activityType, candidate.tierRank()));
        }
        return new EligibilityResult(reasons);
    }

    /**
     * Of the blackouts covering the date, the one ending last, since that tells when the advocate is back; of those,
     * the one starting first, so the reason does not depend on the order the blackouts were stored in.
     */
    private static Optional<DateRange> blackoutCovering(List<DateRange> blackouts, LocalDate date) {
        return blackouts.stream()
                .filter(blackout -> blackout.contains(date))
                .max(Comparator.comparing(DateRange::end).thenComparing(DateRange::start, Comparator.reverseOrder()));
    }

    private Optional<IneligibilityReason> quarterlyLimitReached(EligibilityCandidate candidate, LocalDate askDate) {
        int cap = rules.quarterlyAskCap();
        Integer ownMax = candidate.ownMaxAsksPerQuarter();
        boolean ownLimitIsLower = ownMax != null && ownMax < cap;
        int limit = ownLimitIsLower ? ownMax : cap;
        if (candidate.asksThisQuarter() < limit) {
            return Optional.empty();
        }
        LocalDate nextQuarterStarts = Quarter.of(askDate).next().firstDay();
        return Optional.of(ownLimitIsLower
                ? new IneligibilityReason.OwnQuarterlyLimitReached(limit, candidate.asksThisQuarter(), nextQuarterStarts)
                : new IneligibilityReason.QuarterlyCapReached(limit, candidate.asksThisQuarter(), nextQuarterStarts));
    }
}
