package org.peerproof.domain.tier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.peerproof.domain.activity.ActivityTypeCode;

/** A tier as staff edit it; {@code version} is the one they loaded, so a concurrent edit is detected. */
public record TierForm(
        @NotNull Long tierId,
        @NotNull Long version,
        @NotBlank @Size(max = 100) String name,
        @Min(0) @Max(52) int expectedActivitiesPerYear,
        @NotEmpty Set<@NotNull ActivityTypeCode> allowedActivityTypes,
        @NotNull Set<@NotNull Long> benefitIds,
        boolean agreementRequired,
        boolean relationshipOwnerRequired) {
}
