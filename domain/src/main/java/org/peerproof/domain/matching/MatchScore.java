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

    /** Points earned over all criteria. */
    public int total() {
        return criteria.stream().mapToInt(CriterionScore::points).sum();
    }

    /** The most this request lets anyone earn: criteria the request did not ask for add nothing. */
    public int maxTotal() {
        return criteria.stream().mapToInt(CriterionScore::maxPoints).sum();
    }

    /** The score of one criterion. */
    public CriterionScore of(MatchCriterion criterion) {
        Objects.requireNonNull(criterion, "criterion");
        return criteria.stream().filter(score -> score.criterion() == criterion).findFirst().orElseThrow();
    }
}
