package org.peerproof.domain.matching;

/** How many asks one advocate got in some period: a row of a grouped count of {@link EntityRankingQueries}. */
public record AdvocateAskCount(Long advocateId, long asks) {
}
