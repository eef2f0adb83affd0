package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.Objects;
import org.peerproof.domain.settings.ProgramRules;

/**
 * The rest an advocate gets after a completed activity before the next ask (Rule 1):
 * {@link ProgramRules#restDays()} days, or {@link ProgramRules#heavyRestDays()} when a Tier 1
 * advocate did a heavy activity (Tier 1 advocates carry the heavy work, so they get longer to recover).
 * With 14 rest days, an activity on 1 March means resting through 14 March and askable from 15 March.
 *
 * @param lastActivityOn the day of the completed activity
 * @param days           length of the rest in days; 0 means askable the same day
 */
public record RestPeriod(LocalDate lastActivityOn, int days) {

    /** The rank of Tier 1, the program's most engaged advocates. */
    public static final int TIER_ONE_RANK = 1;

    public RestPeriod {
        Objects.requireNonNull(lastActivityOn, "lastActivityOn");
        if (days < 0) {
            throw new IllegalArgumentException("Rest days must not be negative but was " + days);
        }
    }

    /**
     * The rest that follows {@code activity} for an advocate of tier {@code tierRank} under {@code rules}.
     *
     * @param tierRank the advocate's tier, 1 for Tier 1
     * @throws IllegalArgumentException if {@code tierRank} is below 1
     */
    public static RestPeriod after(LastCompletedActivity activity, int tierRank, ProgramRules rules) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(rules, "rules");
        if (tierRank < TIER_ONE_RANK) {
            throw new IllegalArgumentException("Tier rank must be at least 1 but was " + tierRank);
        }
        boolean heavyRest = tierRank == TIER_ONE_RANK && activity.heavy();
        return new RestPeriod(activity.completedOn(), heavyRest ? rules.heavyRestDays() : rules.restDays());
    }

    /** The first day the advocate may be asked again: {@code days} days after the activity. */
    public LocalDate availableFrom() {
        return lastActivityOn.plusDays(days);
    }

    /** Whether the advocate is still resting on {@code date}, i.e. it is before {@link #availableFrom()}. */
    public boolean isRestingOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.isBefore(availableFrom());
    }
}
