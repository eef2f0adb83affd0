package org.peerproof.domain.reward;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BenefitBudgetRepository extends JpaRepository<BenefitBudget, Long> {

    /**
     * Locks the quarter's budget row (SELECT ... FOR UPDATE) until the transaction ends, so concurrent grants book
     * their value one after the other and each sees the spend the others committed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BenefitBudget b where b.year = :year and b.quarter = :quarter")
    Optional<BenefitBudget> lockByQuarter(int year, int quarter);

    @Query("select b from BenefitBudget b where b.year = :year and b.quarter = :quarter")
    Optional<BenefitBudget> findByQuarter(int year, int quarter);

    @Query("select b from BenefitBudget b order by b.year desc, b.quarter desc")
    List<BenefitBudget> findAllNewestFirst();
}
