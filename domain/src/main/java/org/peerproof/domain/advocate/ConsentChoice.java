package org.peerproof.domain.advocate;

import jakarta.validation.constraints.NotNull;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * The advocate's answer for one activity type.
 *
 * @param maxAsksPerQuarter the advocate's own limit, 1 to the program cap; required when willing
 */
public record ConsentChoice(@NotNull ActivityTypeCode activityType, boolean willing, Integer maxAsksPerQuarter,
                            ContactChannel preferredChannel) {
}
