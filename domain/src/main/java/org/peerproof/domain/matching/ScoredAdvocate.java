package org.peerproof.domain.matching;

import java.util.Objects;

/** One advocate with their {@link MatchScore} for a request, as {@link MatchScoring#BEST_FIRST} orders them. */
public record ScoredAdvocate(AdvocateFitProfile advocate, MatchScore score) {

    public ScoredAdvocate {
        Objects.requireNonNull(advocate, "advocate");
        Objects.requireNonNull(score, "score");
    }
}
