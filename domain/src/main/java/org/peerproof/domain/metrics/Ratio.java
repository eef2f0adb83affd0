package org.peerproof.domain.metrics;

import java.util.OptionalDouble;

/**
 * A share such as "requests matched within 48 h out of all requests": both counts are kept so a dashboard can show
 * "34 of 50" beside the percentage, and an empty population reads as "no data" rather than 0 %.
 *
 * @param part  how many of {@code whole} qualify
 * @param whole the population; may be 0
 */
public record Ratio(long part, long whole) {

    public Ratio {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("A ratio needs 0 <= part <= whole but was " + part + " of " + whole);
        }
    }

    /** {@code part / whole} between 0 and 1; empty when the population is empty. */
    public OptionalDouble fraction() {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    /** Whether the fraction reaches {@code goal} (0 to 1); an empty population reaches no goal. */
    public boolean meets(double goal) {
        return whole > 0 && part >= goal * whole;
    }
}
