package org.peerproof.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.account.SizeBand;

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

    /** A customer's size as a B2B vendor's customer base spreads: 15 % small, 30 % mid-market, 35 % large, 20 % enterprise. */
    public SizeBand sizeBand() {
        int roll = random.nextInt(100);
        return roll < 15 ? SizeBand.SMALL : roll < 45 ? SizeBand.MID_MARKET : roll < 80 ? SizeBand.LARGE
                : SizeBand.ENTERPRISE;
    }

    /** An account's health: 70 % green, 20 % amber, 10 % red. */
    public RelationshipHealth relationshipHealth() {
        int roll = random.nextInt(100);
        return roll < 70 ? RelationshipHealth.GREEN : roll < 90 ? RelationshipHealth.AMBER : RelationshipHealth.RED;
    }

    /** An advocate's tier rank: 15 % Tier 1 (power), 45 % Tier 2 (quick), 40 % Tier 3 (logo only). */
    public int tierRank() {
        int roll = random.nextInt(100);
        return roll < 15 ? 1 : roll < 60 ? 2 : 3;
    }
}
