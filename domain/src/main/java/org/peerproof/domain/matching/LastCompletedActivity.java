package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The advocate's most recent completed activity, as the rest-period clause of Rule 1 needs it.
 *
 * @param completedOn the day the activity was done
 * @param heavy       whether its activity type is a heavy one (program data on {@code ActivityType})
 */
public record LastCompletedActivity(LocalDate completedOn, boolean heavy) {

    public LastCompletedActivity {
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
