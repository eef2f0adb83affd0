package org.peerproof.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random choices from a seeded {@link Random}, for the generators of made-up programs (the demo data, the scale
 * benchmark): the same seed gives the same choices on every machine, so the generated data is the same too.
 */
public final class SeededChoices {

    private final Random random;

    public SeededChoices(Random random) {
        this.random = random;
    }

    /** One of {@code values}, each as likely. */
    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different ones of {@code values} (all of them when there are fewer), in the order drawn. */
    public <T> List<T> sample(List<T> values, int count) {
        var left = new ArrayList<>(values);
        var picked = new ArrayList<T>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }
}
