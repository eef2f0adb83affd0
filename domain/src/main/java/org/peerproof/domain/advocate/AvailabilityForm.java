package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.time.LocalTime;
import org.peerproof.domain.shared.validation.NearToday;
import org.peerproof.domain.shared.validation.WholeMinutes;

/**
 * The advocate's pause and working hours; blackouts are added and removed one by one.
 *
 * @param pausedUntil       last day not to be asked, today or later; empty ends a pause
 * @param workingHoursStart start of the working day in the advocate's time zone; empty together with the end
 */
public record AvailabilityForm(@NearToday LocalDate pausedUntil, @WholeMinutes LocalTime workingHoursStart,
                               @WholeMinutes LocalTime workingHoursEnd) {
}
