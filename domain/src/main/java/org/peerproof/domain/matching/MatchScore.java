package org.peerproof.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link MatchScoring} for one advocate and one request: a total and the breakdown behind it.
 *
 * @param criteria one score per {@link MatchCriterion}, in the enum's order
 */
public record MatchScore(List<CriterionScore> criteria) {

    public MatchScore {
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
    }

    /**
     * Points earned over all criteria: what {@link MatchScoring#BEST_FIRST} ranks by. Compare it only within one
     * request; across requests the maximum differs, so show {@link #percent()} to people.
     */
    public int total() {
        return criteria.stream().mapToInt(CriterionScore::points).sum();
    }

    /** The most this request lets anyone earn: criteria the request did not ask for add nothing. */
    public int maxTotal() {
        return criteria.stream().mapToInt(CriterionScore::maxPoints).sum();
    }

    /**
     * The score on a 0 to 100 scale of what this request asked for: points earned against {@link #maxTotal()}, so a
     * perfect fit on every criterion asked is 100 however many criteria the request left open. Rounded half up;
     * within one request it orders advocates as {@link #total()} does, as every advocate has the same maximum.
     */
    public int percent() {
        int max = maxTotal();
        return max == 0 ? 0 : Math.round(total() * 100f / max);
    }

    /** The score of one criterion. */
    public CriterionScore of(MatchCriterion criterion) {
        Objects.requireNonNull(criterion, "criterion");
        return criteria.stream().filter(score -> score.criterion() == criterion).findFirst().orElseThrow();
    }
}
