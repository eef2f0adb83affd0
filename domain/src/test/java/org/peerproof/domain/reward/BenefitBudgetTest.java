package org.peerproof.domain.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.shared.DomainRuleException;

class BenefitBudgetTest {

    static final Quarter Q2 = new Quarter(2026, 2);

    @Test
    void spendsUpToTheBudgetAndNoFurther() {
        var budget = new BenefitBudget(Q2, new BigDecimal("100.00"), BigDecimal.ZERO);
        budget.spend(new BigDecimal("60.00"));
        budget.spend(new BigDecimal("40.00"));

        assertThat(budget.remaining()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> budget.spend(new BigDecimal("0.01")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.budget.exceeded"));
        assertThat(budget.getSpent()).isEqualByComparingTo("100");
    }

    @Test
    void theAmountCannotDropBelowWhatWasSpent() {
        var budget = new BenefitBudget(Q2, new BigDecimal("100"), new BigDecimal("70"));

        assertThatThrownBy(() -> budget.changeAmount(new BigDecimal("69.99")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("program.benefits.budget.belowSpend"));
        budget.changeAmount(new BigDecimal("70"));
        assertThat(budget.remaining()).isEqualByComparingTo("0");
    }

    @Test
    void aBudgetBelowWhatTheQuarterAlreadyGrantedIsRefused() {
        assertThatThrownBy(() -> new BenefitBudget(Q2, new BigDecimal("50"), new BigDecimal("80")))
                .isInstanceOf(DomainRuleException.class);
    }
}
