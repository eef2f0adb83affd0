package org.peerproof.domain.advocate;

import java.util.List;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * Every activity type with the advocate's answer, its effort and whether their tier offers it at all.
 *
 * @param programCap the highest own limit the advocate may choose
 * @param tierName   the advocate's tier; null before staff place them in one (their answers then wait for it)
 */
public record PreferencesView(int programCap, String tierName, List<Row> activityTypes) {

    /** No tier yet: the advocate may state what they are willing to do; the tier's limits apply once placed. */
    public boolean awaitingTier() {
        return tierName == null;
    }

    /**
     * One activity type; {@code maxAsksPerQuarter} and {@code preferredChannel} are null before a first answer.
     *
     * @param allowedByTier the advocate's tier includes it
     * @param choosable     the advocate may answer for it now: their tier includes it, or they have no tier yet
     */
    public record Row(ActivityTypeCode activityType, int effortWeight, boolean heavy, boolean allowedByTier,
                      boolean choosable, boolean willing, Integer maxAsksPerQuarter, ContactChannel preferredChannel) {
    }
}
