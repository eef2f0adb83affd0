package org.peerproof.domain.reward;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Granting a catalog benefit to one advocate; the value is empty for benefits that are not valued. */
public record GrantForm(
        @NotNull Long advocateId,
        @NotNull Long benefitId,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal value) {
}
