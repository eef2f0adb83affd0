package org.peerproof.domain.activity;

import java.time.LocalDate;

/**
 * When an advocate last did an activity, of which type, and whether that type is heavy: what the rest-period
 * rule needs.
 */
public record LatestActivity(LocalDate occurredOn, ActivityTypeCode type, boolean heavy) {
}
