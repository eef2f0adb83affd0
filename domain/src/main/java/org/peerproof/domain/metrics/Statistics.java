package org.peerproof.domain.metrics;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/** Summary numbers the dashboard shows: median, mean, the Gini coefficient and the max-to-median spread. */
public final class Statistics {

    private Statistics() {
    }

    /** The middle value, or the mean of the two middle values for an even count; empty for no values. */
    public static OptionalDouble median(Collection<? extends Number> values) {
        double[] sorted = sorted(values);
        int n = sorted.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }

    /** The arithmetic mean; empty for no values. */
    public static OptionalDouble mean(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).average();
    }

    /**
     * The Gini coefficient of non-negative values: 0 when everyone carries the same load, approaching 1 when one
     * carries it all. {@code G = Σ (2i - n - 1) x_i / (n Σ x)} over the values sorted ascending, i from 1.
     * Empty for no values or when all are zero (no load to spread).
     */
    public static OptionalDouble gini(Collection<? extends Number> values) {
        double[] sorted = sorted(values);
        int n = sorted.length;
        double total = Arrays.stream(sorted).sum();
        if (n == 0 || total == 0) {
            return OptionalDouble.empty();
        }
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("The Gini coefficient needs non-negative values");
        }
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return OptionalDouble.of(weighted / (n * total));
    }

    /** The largest value divided by the median: how far the busiest stands out. Empty when the median is 0. */
    public static OptionalDouble maxToMedian(Collection<? extends Number> values) {
        var median = median(values);
        if (median.isEmpty() || median.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
        return OptionalDouble.of(max / median.getAsDouble());
    }

    private static double[] sorted(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }
}
