package org.peerproof.domain.advocate;

import java.time.LocalTime;
import java.util.Objects;

/** The part of the day, in the advocate's own time zone, when they can be scheduled; whole minutes. */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "-" + end);
        }
        if (!isWholeMinute(start) || !isWholeMinute(end)) {
            throw new IllegalArgumentException("Working hours are whole minutes: " + start + "-" + end);
        }
    }

    /** The columns are TIME without fractions and the hours are minutes: a second would be rounded away. */
    public static boolean isWholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }
}
