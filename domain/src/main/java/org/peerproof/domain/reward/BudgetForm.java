package org.peerproof.domain.reward;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The benefit budget for one calendar quarter. */
public record BudgetForm(
        @Min(2000) @Max(2100) int year,
        @Min(1) @Max(4) int quarter,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
}
