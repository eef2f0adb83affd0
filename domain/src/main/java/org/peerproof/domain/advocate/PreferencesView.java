package org.peerproof.domain.advocate;

import java.util.List;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * Every activity type with the advocate's answer, its effort and whether their tier offers it at all.
 *
 * @param programCap the highest own limit the advocate may choose
 */
public record PreferencesView(int programCap, List<Row> activityTypes) {

    /** One activity type; {@code maxAsksPerQuarter} and {@code preferredChannel} are null before a first answer. */
    public record Row(ActivityTypeCode activityType, int effortWeight, boolean heavy, boolean allowedByTier,
                      boolean willing, Integer maxAsksPerQuarter, ContactChannel preferredChannel) {
    }
}
