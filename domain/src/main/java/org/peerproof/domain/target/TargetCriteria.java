package org.peerproof.domain.target;

import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.Persona;

/** The dimensions of a target; a null dimension matches anyone. */
public record TargetCriteria(Industry industry, Region region, Long productId, Persona persona) {

    public boolean matches(CoverageProfile profile) {
        return (industry == null || industry == profile.industry())
                && (region == null || region == profile.region())
                && (productId == null || profile.productIds().contains(productId))
                && (persona == null || persona == profile.persona());
    }
}
