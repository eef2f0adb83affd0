package org.peerproof.domain.matching;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peerproof.domain.calendar.DateRange;

/**
 * The outcome of {@link BurnoutPolicy}: whether an advocate is flagged, why, and the counts behind it,
 * so staff can see how close an unflagged advocate is too.
 *
 * @param triggers             the parts of Rule 2 that fired; empty when not flagged
 * @param asksInRollingQuarter asks counted in {@code rollingQuarter}
 * @param declineStreak        declines in a row among the newest answered asks
 * @param rollingQuarter       the window the asks were counted in
 */
public record BurnoutAssessment(
        Set<BurnoutTrigger> triggers, int asksInRollingQuarter, int declineStreak, DateRange rollingQuarter) {

    public BurnoutAssessment {
        Objects.requireNonNull(triggers, "triggers");
        Objects.requireNonNull(rollingQuarter, "rollingQuarter");
        triggers = Set.copyOf(triggers);
        if (asksInRollingQuarter < 0 || declineStreak < 0) {
            throw new IllegalArgumentException("Ask count and decline streak must not be negative but were "
                    + asksInRollingQuarter + " and " + declineStreak);
        }
    }

    /** Whether the advocate shows burnout signs: at least one trigger fired. */
    public boolean flagged() {
        return !triggers.isEmpty();
    }

    /**
     * Values for a trigger's message: {@code burnout.trigger.tooManyAsks} takes {@code {0}} asks in the
     * rolling quarter, {@code {1}} and {@code {2}} its first and last day; {@code burnout.trigger.declineStreak}
     * takes {@code {0}} the decline streak.
     */
    public List<Object> messageArguments(BurnoutTrigger trigger) {
        Objects.requireNonNull(trigger, "trigger");
        return switch (trigger) {
            case TOO_MANY_ASKS -> List.of(asksInRollingQuarter, rollingQuarter.start(), rollingQuarter.end());
            case DECLINE_STREAK -> List.of(declineStreak);
        };
    }
}
