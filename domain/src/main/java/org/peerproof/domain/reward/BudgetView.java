package org.peerproof.domain.reward;

import java.math.BigDecimal;
import org.peerproof.domain.calendar.Quarter;

/** A quarter's benefit budget and its spend; {@code amount} is zero when no budget was set. */
public record BudgetView(Quarter quarter, BigDecimal amount, BigDecimal spent, BigDecimal remaining, boolean set) {

    static BudgetView of(BenefitBudget budget) {
        return new BudgetView(budget.getQuarter(), budget.getAmount(), budget.getSpent(), budget.remaining(), true);
    }

    static BudgetView unset(Quarter quarter, BigDecimal spent) {
        return new BudgetView(quarter, BigDecimal.ZERO, spent, BigDecimal.ZERO.subtract(spent), false);
    }
}
