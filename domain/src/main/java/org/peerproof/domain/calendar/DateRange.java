package org.peerproof.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of whole days, both ends included, such as a blackout "1 to 14 August": an advocate's
 * last unavailable day is {@code end}, and they can be asked again the day after.
 *
 * @param start first day in the range
 * @param end   last day in the range; not before {@code start} (a one-day range has start == end)
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Date range end " + end + " is before its start " + start);
        }
    }

    /** Whether {@code date} is one of the days in this range, ends included. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether this range and {@code other} share at least one day; touching ends (same day) overlap. */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
