package org.peerproof.domain.checkin;

import java.time.LocalDate;
import org.peerproof.domain.calendar.Quarter;

/**
 * Tier 1 advocates get one check-in per calendar quarter. Done when one was held this quarter; overdue when the
 * previous quarter passed without one although the advocate was in the program for all of it; due otherwise.
 */
public final class CheckInSchedule {

    private CheckInSchedule() {
    }

    /**
     * @param lastHeldOn the latest check-in, or null
     * @param joinedOn   when the advocate joined the program, or null when not recorded (counts as long ago)
     */
    public static CheckInStatus status(LocalDate lastHeldOn, LocalDate joinedOn, LocalDate today) {
        var current = Quarter.of(today);
        if (lastHeldOn != null && !lastHeldOn.isBefore(current.firstDay())) {
            return CheckInStatus.DONE;
        }
        var previous = current.previous();
        boolean inProgramAllOfPrevious = joinedOn == null || !joinedOn.isAfter(previous.firstDay());
        boolean heldInPrevious = lastHeldOn != null && !lastHeldOn.isBefore(previous.firstDay());
        return inProgramAllOfPrevious && !heldInPrevious ? CheckInStatus.OVERDUE : CheckInStatus.DUE;
    }
}
