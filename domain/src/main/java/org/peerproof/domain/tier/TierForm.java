package org.peerproof.domain.tier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;

/** A tier as staff edit it; {@code version} is the one they loaded, so a concurrent edit is detected. */
public record TierForm(
        @NotNull Long tierId,
        @NotNull Long version,
        @NotBlank @SingleLineText @Size(max = 100) String name,
        @Min(0) @Max(52) int expectedActivitiesPerYear,
        @NotEmpty @Size(max = 100) Set<@NotNull ActivityTypeCode> allowedActivityTypes,
        @NotNull @Size(max = 1000) Set<@NotNull Long> benefitIds,
        boolean agreementRequired,
        boolean relationshipOwnerRequired) {
    public TierForm {
        name = Text.nfc(name);
    }
}
