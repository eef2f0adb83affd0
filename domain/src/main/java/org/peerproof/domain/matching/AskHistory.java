package org.peerproof.domain.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peerproof.domain.calendar.DateRange;

/**
 * The asks put to one advocate, oldest first. Asks on the same day keep the order they were given in,
 * so a caller that knows the time of day should pass them in the order they were made.
 *
 * @param asks the asks, in any order across days
 */
public record AskHistory(List<PastAsk> asks) {

    public AskHistory {
        // copyOf rejects null elements; sorting an ordered stream is stable, which keeps the caller's order within a day.
        asks = List.copyOf(Objects.requireNonNull(asks, "asks")).stream()
                .sorted(Comparator.comparing(PastAsk::askedOn))
                .toList();
    }

    /**
     * How many asks made within {@code period} count toward the quarterly cap (see
     * {@link org.peerproof.domain.ask.AskStatus#countsTowardCap()}: everything but withdrawn asks).
     * With {@code Quarter.of(askDate).days()} this is {@link EligibilityCandidate#asksThisQuarter()}.
     */
    public int countTowardCap(DateRange period) {
        Objects.requireNonNull(period, "period");
        return (int) asks.stream()
                .filter(ask -> ask.status().countsTowardCap() && period.contains(ask.askedOn()))
                .count();
    }
}
