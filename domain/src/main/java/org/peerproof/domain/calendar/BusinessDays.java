package org.peerproof.domain.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Business-day arithmetic for deadlines such as ask expiry (Rule 4: "expires after 3 business days").
 * A business day is Monday to Friday. Public holidays are <em>not</em> modelled: they differ by
 * country and region, and an ask that expires on a holiday merely moves to the next match a day early.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** Whether {@code date} is a Monday to Friday. */
    public static boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code businessDays} business days after {@code start}: steps forward one day at a time
     * and counts only business days, so Friday + 1 is Monday and Saturday + 1 is also Monday.
     * Adding zero returns {@code start} unchanged, even on a weekend.
     *
     * @throws IllegalArgumentException if {@code businessDays} is negative
     */
    public static LocalDate add(LocalDate start, int businessDays) {
        Objects.requireNonNull(start, "start");
        if (businessDays < 0) {
            throw new IllegalArgumentException("Business days to add must not be negative but was " + businessDays);
        }
        LocalDate date = start;
        int remaining = businessDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * The instant {@code businessDays} business days after {@code start}, counted on the calendar of
     * {@code zone} and keeping the wall-clock time: an ask sent Friday 10:00 in Berlin with one business
     * day expires Monday 10:00 Berlin time, whatever DST did over the weekend. If that wall-clock time
     * does not exist on the target day (a DST gap), it moves later by the length of the gap.
     *
     * @throws IllegalArgumentException if {@code businessDays} is negative
     */
    public static Instant add(Instant start, int businessDays, ZoneId zone) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        var local = start.atZone(zone);
        return local.with(add(local.toLocalDate(), businessDays)).toInstant();
    }
}
