package org.peerproof.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A calendar quarter (Q1 = January to March ... Q4 = October to December), the period the
 * quarterly ask cap counts in. Quarters are local dates; {@link #startInclusive(ZoneId)} and
 * {@link #endExclusive(ZoneId)} turn one into the instants to query stored timestamps with.
 *
 * @param year    calendar year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) {

    private static final int MONTHS_PER_QUARTER = 3;

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter must be 1 to 4 but was " + quarter);
        }
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new IllegalArgumentException("Year " + year + " is outside the supported range");
        }
    }

    /** The quarter {@code date} falls in. */
    public static Quarter of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / MONTHS_PER_QUARTER + 1);
    }

    /** 1 January, 1 April, 1 July or 1 October. */
    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * MONTHS_PER_QUARTER + 1, 1);
    }

    /** 31 March, 30 June, 30 September or 31 December. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(MONTHS_PER_QUARTER).minusDays(1);
    }

    /** All days of this quarter as a range. */
    public DateRange days() {
        return new DateRange(firstDay(), lastDay());
    }

    /** The first instant of the quarter's first day in {@code zone}. */
    public Instant startInclusive(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        // atStartOfDay(zone), not atTime(MIDNIGHT): it moves to the first valid time if a DST gap swallows midnight.
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next quarter in {@code zone}, so a quarter is {@code [startInclusive, endExclusive)}. */
    public Instant endExclusive(ZoneId zone) {
        return next().startInclusive(zone);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** Whether {@code date} falls in this quarter. */
    public boolean contains(LocalDate date) {
        return of(date).equals(this);
    }

    /** Reads the form {@link #toString()} writes, such as {@code 2026-Q2}. */
    public static Quarter parse(String text) {
        var separator = Objects.requireNonNull(text, "text").lastIndexOf("-Q");
        if (separator < 1) {
            throw new IllegalArgumentException("Not a quarter like 2026-Q2: " + text);
        }
        return new Quarter(Integer.parseInt(text.substring(0, separator)), Integer.parseInt(text.substring(separator + 2)));
    }

    /** ISO-like form such as {@code 2026-Q2}, for logs and test names. */
    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
