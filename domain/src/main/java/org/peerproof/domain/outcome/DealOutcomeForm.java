package org.peerproof.domain.outcome;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;

/**
 * How an opportunity stands. A won or lost deal needs its close date; an open one may carry the expected date.
 */
public record DealOutcomeForm(
        @NotNull DealResult result,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NearToday LocalDate closeDate) {
}
