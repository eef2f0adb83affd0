package org.peerproof.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * One page of a ranked list for a request, and how long the whole list is.
 *
 * @param candidates the page, best first
 * @param total      how many advocates the whole list holds
 */
public record MatchPage(List<MatchCandidate> candidates, int total) {

    public MatchPage {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    }
}
