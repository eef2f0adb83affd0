package org.peerproof.domain.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.VersionedEntity;

/**
 * What the program may spend on benefit grants in one calendar quarter, and what it has spent. The spend never
 * exceeds the amount: {@link #spend} refuses, and the database checks it too.
 */
@Entity
@Table(name = "benefit_budget")
public class BenefitBudget extends VersionedEntity {

    @Column(name = "budget_year")
    private int year;

    @Min(1)
    @Max(4)
    @Column(name = "budget_quarter")
    private int quarter;

    @NotNull
    @PositiveOrZero
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @PositiveOrZero
    @Column(precision = 12, scale = 2)
    private BigDecimal spent = BigDecimal.ZERO;

    protected BenefitBudget() {
    }

    /** @param alreadySpent what grants offered in the quarter before the budget was set are worth */
    public BenefitBudget(Quarter quarter, BigDecimal amount, BigDecimal alreadySpent) {
        this.year = quarter.year();
        this.quarter = quarter.quarter();
        this.spent = alreadySpent;
        changeAmount(amount);
    }

    public Quarter getQuarter() {
        return new Quarter(year, quarter);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public BigDecimal remaining() {
        return amount.subtract(spent);
    }

    /** Books a grant's value; refused when it would take the spend past the budget. */
    public void spend(BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A grant's value is never negative: " + value);
        }
        if (value.compareTo(remaining()) > 0) {
            throw new DomainRuleException("program.benefits.budget.exceeded", value, remaining(), getQuarter().toString());
        }
        spent = spent.add(value);
    }

    /** Changes the amount; never below what was already spent this quarter. */
    public void changeAmount(BigDecimal newAmount) {
        if (newAmount.compareTo(spent) < 0) {
            throw new DomainRuleException("program.benefits.budget.belowSpend", spent, getQuarter().toString());
        }
        this.amount = newAmount;
    }
}
