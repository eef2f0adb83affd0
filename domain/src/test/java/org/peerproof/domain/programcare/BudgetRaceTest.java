package org.peerproof.domain.programcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PROGRAM_MANAGER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.reward.BudgetForm;
import org.peerproof.domain.reward.GrantForm;
import org.peerproof.domain.reward.RewardProgram;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget on the real database: grants made at the same moment, each in its own thread and transaction, never
 * spend more than the quarter's budget together.
 */
@MariaDbJpaTest
@Import(ProgramCareTestSetup.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BudgetRaceTest {

    static final int ROUNDS = 4;

    @Autowired RewardProgram rewards;
    @Autowired BenefitRepository benefits;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;
    @Autowired MutableClock clock;

    @Test
    void twoGrantsRacingForTheLastOfTheBudgetLeaveExactlyOne() throws Exception {
        var gift = benefits.findAll().stream().filter(b -> b.getKind() == BenefitKind.GIFT).findFirst().orElseThrow();
        var pool = Executors.newFixedThreadPool(2);
        try {
            // A quarter per round, far from the quarters other tests of this context use.
            var quarter = new Quarter(2030, 1);
            for (int round = 0; round < ROUNDS; round++, quarter = quarter.next()) {
                clock.set(quarter.firstDay().plusDays(10).atStartOfDay(clock.getZone()).toInstant());
                rewards.setBudget(PROGRAM_MANAGER, new BudgetForm(quarter.year(), quarter.quarter(), new BigDecimal("100")));
                var first = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
                var second = ProgramCareTestSetup.advocateInTier(2, accounts, advocates, tiers);
                var start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (var advocate : List.of(first, second)) {
                    Callable<Boolean> grant = () -> {
                        start.await();
                        try {
                            rewards.grant(PROGRAM_MANAGER, new GrantForm(advocate.getId(), gift.getId(), new BigDecimal("60")));
                            return true;
                        } catch (DomainRuleException overBudget) {
                            return false;
                        }
                    };
                    outcomes.add(pool.submit(grant));
                }
                start.countDown();

                assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).containsExactlyInAnyOrder(true, false);
                var budget = rewards.budget(PROGRAM_MANAGER, quarter);
                assertThat(budget.spent()).isEqualByComparingTo("60");
                assertThat(budget.remaining()).isEqualByComparingTo("40");
            }
        } finally {
            pool.shutdownNow();
            clock.set(ProgramCareTestSetup.NOW);
        }
    }
}
