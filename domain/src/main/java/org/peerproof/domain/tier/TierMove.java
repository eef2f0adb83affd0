package org.peerproof.domain.tier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving an advocate to another tier; the reason is kept in the audit trail. */
public record TierMove(@NotNull Long advocateId, @NotNull Long tierId, @NotBlank @Size(max = 500) String reason) {
}
