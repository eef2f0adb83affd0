package org.peerproof.domain.recommitment;

import java.time.LocalDate;
import java.util.List;

/** The signed-in advocate's unanswered recommitment, with the tiers they may switch to when they confirm. */
public record OpenRecommitment(Long id, LocalDate dueOn, String currentTierName, List<TierChoice> tierChoices) {

    public record TierChoice(Long tierId, String name, int expectedActivitiesPerYear) {
    }
}
