package org.peerproof.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * How one criterion of Rule 3 scored, so staff see why a match ranks where it does.
 *
 * @param criterion        what was compared
 * @param points           points earned, from 0 to {@code maxPoints}
 * @param maxPoints        the criterion's weight; 0 when the request did not ask for it (no language, no persona,
 *                         no products or no use case given), so it neither helps nor hurts anyone
 * @param messageArguments values for the message's placeholders, in order; see {@link MatchScoring} per criterion
 */
public record CriterionScore(MatchCriterion criterion, int points, int maxPoints, List<Object> messageArguments) {

    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        messageArguments = List.copyOf(Objects.requireNonNull(messageArguments, "messageArguments"));
        if (maxPoints < 0 || points < 0 || points > maxPoints) {
            throw new IllegalArgumentException(
                    "Points must be within 0.." + maxPoints + " for " + criterion + " but were " + points);
        }
    }

    /**
     * Bundle key {@code match.<criterion>.<fit>}, fit being {@code full}, {@code partial}, {@code none} or
     * {@code notRequested}, e.g. {@code match.sizeBand.partial}.
     */
    public String messageKey() {
        return "match." + criterion.messageKeyPart() + "." + fit();
    }

    private String fit() {
        if (maxPoints == 0) {
            return "notRequested";
        }
        if (points == maxPoints) {
            return "full";
        }
        return points == 0 ? "none" : "partial";
    }
}
