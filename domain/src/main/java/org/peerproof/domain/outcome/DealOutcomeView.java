package org.peerproof.domain.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity's outcome as staff see it.
 *
 * @param daysInCycle       days from the opportunity's first reference request to the close; {@code null} while open
 * @param influencingAskIds the accepted or completed asks of the opportunity's requests
 */
public record DealOutcomeView(String opportunityId, DealResult result, BigDecimal amount, LocalDate closeDate,
                              Integer daysInCycle, List<Long> influencingAskIds) {

    static DealOutcomeView of(DealOutcome outcome) {
        return new DealOutcomeView(outcome.getOpportunityId(), outcome.getResult(), outcome.getAmount(),
                outcome.getCloseDate(), outcome.getDaysInCycle(),
                outcome.getInfluencingAsks().stream().map(ask -> ask.getId()).sorted().toList());
    }
}
