package org.peerproof.app.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The application's one clock. Normally the system's, in UTC. For staff and testers who want to see the program at
 * another moment (a quarter end, a recommitment deadline), {@code peerproof.clock} ({@code PEERPROOF_CLOCK}) starts it
 * at a given instant; it then ticks on in real time, so jobs, expiries and "5 minutes ago" keep working.
 */
public final class ApplicationClock {

    /** The property that moves the clock; an ISO-8601 instant or date-time with offset. */
    public static final String START_PROPERTY = "peerproof.clock";

    private ApplicationClock() {
    }

    /**
     * The system clock, or one that reads {@code startAt} now and ticks on from there.
     *
     * @param startAt the value of {@value #START_PROPERTY}, or blank for the system clock
     * @param system  the real clock the shifted one ticks with
     * @throws IllegalArgumentException if {@code startAt} is neither blank nor an ISO instant with an offset
     */
    public static Clock of(String startAt, Clock system) {
        return parse(startAt).map(start -> startingAt(start, system)).orElse(system);
    }

    /** A clock that reads {@code start} now and ticks on with {@code system}. */
    public static Clock startingAt(Instant start, Clock system) {
        return Clock.offset(system, Duration.between(system.instant(), start));
    }

    /** The instant {@code value} names, empty for blank. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START_PROPERTY + " must be an ISO-8601 instant such as "
                    + "2027-03-31T23:30:00Z, but was '" + value + "'", e);
        }
    }
}
