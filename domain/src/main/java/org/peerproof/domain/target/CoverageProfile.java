package org.peerproof.domain.target;

import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.Persona;

/** What a target looks at in an advocate (or nominee): their account's industry and region, products, persona. */
public record CoverageProfile(Long advocateId, String name, Industry industry, Region region, Set<Long> productIds,
                              Persona persona) {

    public CoverageProfile {
        productIds = Set.copyOf(productIds);
    }
}
