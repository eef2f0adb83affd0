package org.peerproof.domain.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The instants the date sweep runs the calendar rules and the demo-data acceptance tests at (see the README's
 * "Tests on every day of the year"): the first and last day of every quarter late in the UTC evening, when Tokyo and
 * Sydney already live the next day (and, on the last day, the next quarter); 29 February of a leap year; the days
 * Europe/Berlin and America/New_York change to and from daylight-saving time, half an hour after the change; and
 * today. Use with {@code @MethodSource("org.peerproof.domain.testsupport.SweepInstants#all")}.
 */
public final class SweepInstants {

    /** A year that is not a leap year, so the leap day below is its own case. */
    static final int SWEEP_YEAR = 2027;
    static final LocalTime LATE_EVENING_UTC = LocalTime.of(22, 30);
    static final List<ZoneId> DAYLIGHT_SAVING_ZONES = List.of(ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"));

    private SweepInstants() {
    }

    /** Every instant of the sweep, each with a name for the test report. */
    public static Stream<Arguments> all() {
        return named().stream().map(instant -> Arguments.of(instant.name(), instant.instant()));
    }

    /** The sweep as named instants. */
    public static List<NamedInstant> named() {
        var instants = new ArrayList<NamedInstant>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            var first = LocalDate.of(SWEEP_YEAR, (quarter - 1) * 3 + 1, 1);
            var last = first.plusMonths(3).minusDays(1);
            instants.add(lateEvening("first day of Q" + quarter, first));
            instants.add(lateEvening("last day of Q" + quarter, last));
        }
        instants.add(lateEvening("leap day", LocalDate.of(2028, 2, 29)));
        for (var zone : DAYLIGHT_SAVING_ZONES) {
            for (var transition : transitionsIn(zone, SWEEP_YEAR)) {
                instants.add(new NamedInstant("%s %s %s".formatted(zone, transition.isGap() ? "to summer time"
                        : "to winter time", transition.getInstant().atZone(zone).toLocalDate()),
                        transition.getInstant().plusSeconds(30 * 60)));
            }
        }
        // The one place a test reads the machine's clock on purpose: the sweep includes the day it runs on.
        instants.add(new NamedInstant("today", Clock.systemUTC().instant()));
        return List.copyOf(instants);
    }

    private static NamedInstant lateEvening(String name, LocalDate day) {
        return new NamedInstant(name + " " + day, day.atTime(LATE_EVENING_UTC).toInstant(ZoneOffset.UTC));
    }

    private static List<ZoneOffsetTransition> transitionsIn(ZoneId zone, int year) {
        var rules = zone.getRules();
        var transitions = new ArrayList<ZoneOffsetTransition>();
        var from = Year.of(year).atDay(1).atStartOfDay(zone).toInstant();
        var until = Year.of(year + 1).atDay(1).atStartOfDay(zone).toInstant();
        for (var next = rules.nextTransition(from); next != null && next.getInstant().isBefore(until);
             next = rules.nextTransition(next.getInstant())) {
            transitions.add(next);
        }
        return transitions;
    }

    /** One instant of the sweep and what it stands for. */
    public record NamedInstant(String name, Instant instant) {
        @Override
        public String toString() {
            return name + " (" + instant + ")";
        }
    }
}
