package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When the advocate may be asked. Blackouts never overlap, so a blackout's start date identifies it.
 *
 * @param paused whether a pause covers today
 */
public record AvailabilityView(LocalDate pausedUntil, boolean paused, List<BlackoutPeriod> blackouts,
                               LocalTime workingHoursStart, LocalTime workingHoursEnd, String timeZone) {
}
