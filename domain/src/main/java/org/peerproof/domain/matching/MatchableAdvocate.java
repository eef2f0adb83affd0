package org.peerproof.domain.matching;

import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.Persona;

/**
 * A matchable advocate (active, at an account staff have reviewed) as the {@link MatchIndex} holds them, for screens
 * that count over all of them, such as target coverage, without loading every advocate as an entity (ADR 0004).
 *
 * @param industry   their account's industry
 * @param region     their account's region
 * @param productIds the products they use
 */
public record MatchableAdvocate(long id, String name, Industry industry, Region region, Set<Long> productIds,
                                Persona persona) {

    public MatchableAdvocate {
        productIds = Set.copyOf(productIds);
    }
}
