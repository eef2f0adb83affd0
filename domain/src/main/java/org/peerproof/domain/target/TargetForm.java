package org.peerproof.domain.target;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.Persona;

/** A coverage target as staff define it; {@code id}/{@code version} empty for a new one. */
public record TargetForm(Long id, Long version, Industry industry, Region region, Long productId, Persona persona,
                         @Min(1) @Max(1000) int desiredCount) {

    /** A target with no dimension would just count everyone. */
    @AssertTrue(message = "{program.targets.noDimension}")
    public boolean isSomeDimensionGiven() {
        return industry != null || region != null || productId != null || persona != null;
    }
}
