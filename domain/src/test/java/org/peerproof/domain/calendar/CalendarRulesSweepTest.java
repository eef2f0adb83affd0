package org.peerproof.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.peerproof.domain.activity.ActivityTypeCode.REFERENCE_CALL_30;
import static org.peerproof.domain.matching.CandidateBuilder.eligible;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ProfileRules;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.checkin.CheckInSchedule;
import org.peerproof.domain.checkin.CheckInStatus;
import org.peerproof.domain.matching.AskHistory;
import org.peerproof.domain.matching.BurnoutAssessment;
import org.peerproof.domain.matching.BurnoutPolicy;
import org.peerproof.domain.matching.BurnoutTrigger;
import org.peerproof.domain.matching.CandidateBuilder;
import org.peerproof.domain.matching.EligibilityPolicy;
import org.peerproof.domain.matching.IneligibilityReason;
import org.peerproof.domain.matching.IneligibilityReason.InBlackout;
import org.peerproof.domain.matching.IneligibilityReason.Paused;
import org.peerproof.domain.matching.IneligibilityReason.QuarterlyCapReached;
import org.peerproof.domain.matching.IneligibilityReason.Resting;
import org.peerproof.domain.matching.LastCompletedActivity;
import org.peerproof.domain.matching.PastAsk;
import org.peerproof.domain.matching.RestPeriod;
import org.peerproof.domain.recommitment.RecommitmentDeadlines;
import org.peerproof.domain.settings.ProgramRules;

/**
 * The date sweep: properties of the calendar rules that must hold on every day of the year, checked at each
 * {@link org.peerproof.domain.testsupport.SweepInstants} instant for advocates in time zones either side of UTC.
 * Expected values are derived from the instant, never copied per instant, so the "today" instant is checked too.
 */
class CalendarRulesSweepTest {

    private static final String SWEEP = "org.peerproof.domain.testsupport.SweepInstants#all";

    /** Both sides of the date line, half-hour offsets, and zones with and without daylight-saving time. */
    private static final List<ZoneId> ADVOCATE_ZONES = Stream.of("UTC", "Asia/Tokyo", "Australia/Sydney",
                    "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata",
                    "Pacific/Kiritimati", "Pacific/Honolulu")
            .map(ZoneId::of).toList();

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ProgramRules RULES = ProgramRules.DEFAULTS;
    private static final EligibilityPolicy ELIGIBILITY = new EligibilityPolicy(RULES);
    private static final BurnoutPolicy BURNOUT = new BurnoutPolicy(RULES);
    private static final int TIER_TWO = RestPeriod.TIER_ONE_RANK + 1;

    // ---- the advocate's day ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void advocatesTodayIsTheLocalDateOfTheInstantInTheirZone(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var advocate = new Advocate(null, "Sweep", "sweep@example.com", local.zone(), AdvocateStatus.ACTIVE,
                    instant);
            // The server's clock runs in UTC; the advocate's day must not.
            assertThat(advocate.today(Clock.fixed(instant, ZoneOffset.UTC))).isEqualTo(local.day());
            assertThat(advocate.today(Clock.fixed(instant, TOKYO))).isEqualTo(local.day());
            assertThat(ChronoUnit.DAYS.between(LocalDate.ofInstant(instant, ZoneOffset.UTC), local.day()))
                    .isBetween(-1L, 1L);
        });
    }

    // ---- Quarter -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void theLocalDayAndTheInstantLieInTheAdvocatesQuarter(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var quarter = Quarter.of(local.day());
            assertThat(quarter.year()).isEqualTo(local.day().getYear());
            assertThat(quarter.contains(local.day())).isTrue();
            assertThat(quarter.days().contains(local.day())).isTrue();
            assertThat(quarter.firstDay()).isBeforeOrEqualTo(local.day());
            assertThat(quarter.lastDay()).isAfterOrEqualTo(local.day());
            assertThat(quarter.firstDay().getDayOfMonth()).isEqualTo(1);
            assertThat(quarter.lastDay().plusDays(1)).isEqualTo(quarter.next().firstDay());

            assertThat(quarter.startInclusive(local.zone())).isBeforeOrEqualTo(instant);
            assertThat(quarter.endExclusive(local.zone())).isAfter(instant);
            assertThat(quarter.previous().endExclusive(local.zone())).isEqualTo(quarter.startInclusive(local.zone()));
            assertThat(quarter.next().previous()).isEqualTo(quarter);
            // The start is the first instant of the first day there: a moment earlier is still the previous quarter.
            var start = quarter.startInclusive(local.zone());
            assertThat(LocalDate.ofInstant(start, local.zone())).isEqualTo(quarter.firstDay());
            assertThat(LocalDate.ofInstant(start.minusNanos(1), local.zone())).isEqualTo(quarter.previous().lastDay());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void aZoneAheadOfUtcEntersTheNextQuarterFirst(String name, Instant instant) {
        var utcDay = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        var utcQuarter = Quarter.of(utcDay);
        var tokyoDay = LocalDate.ofInstant(instant, TOKYO);
        boolean lastEveningOfUtcQuarter = utcDay.equals(utcQuarter.lastDay()) && tokyoDay.isAfter(utcDay);

        assertThat(Quarter.of(tokyoDay)).isEqualTo(lastEveningOfUtcQuarter ? utcQuarter.next() : utcQuarter);
        if (lastEveningOfUtcQuarter) {
            // The count window differs: the instant is inside UTC's quarter but already inside Tokyo's next one.
            assertThat(instant).isBefore(utcQuarter.endExclusive(ZoneOffset.UTC));
            assertThat(instant).isAfterOrEqualTo(utcQuarter.next().startInclusive(TOKYO));
        }
        inEveryZone(instant, local -> {
            var expected = local.day().isAfter(utcQuarter.lastDay()) ? utcQuarter.next()
                    : local.day().isBefore(utcQuarter.firstDay()) ? utcQuarter.previous() : utcQuarter;
            assertThat(Quarter.of(local.day())).isEqualTo(expected);
        });
    }

    // ---- BusinessDays ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void businessDaysFromTheLocalDayLandOnABusinessDayAfterExactlyThatMany(String name, Instant instant) {
        inEveryZone(instant, local -> {
            assertThat(BusinessDays.add(local.day(), 0)).isEqualTo(local.day());
            for (int n = 1; n <= 10; n++) {
                var end = BusinessDays.add(local.day(), n);
                assertThat(BusinessDays.isBusinessDay(end)).as("+%d lands on %s", n, end).isTrue();
                assertThat(businessDaysAfter(local.day(), end)).as("+%d lands on %s", n, end).isEqualTo(n);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void businessDaysFromTheInstantKeepTheLocalWallClockTime(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var start = instant.atZone(local.zone());
            for (int n = 1; n <= 10; n++) {
                var end = BusinessDays.add(instant, n, local.zone()).atZone(local.zone());
                var wallClock = BusinessDays.add(local.day(), n).atTime(start.toLocalTime());
                var rules = local.zone().getRules();
                // Only a time lost in a DST gap may move, and then later by the length of the gap.
                var expected = rules.getValidOffsets(wallClock).isEmpty()
                        ? wallClock.plus(rules.getTransition(wallClock).getDuration())
                        : wallClock;
                assertThat(end.toInstant()).as("+%d", n).isAfter(instant);
                assertThat(end.toLocalDateTime()).as("+%d", n).isEqualTo(expected);
            }
            // Ask expiry (3 business days) never runs longer than a weekend plus three days; a DST change can add an hour.
            var expiry = BusinessDays.add(instant, 3, local.zone());
            assertThat(ChronoUnit.DAYS.between(local.day(), LocalDate.ofInstant(expiry, local.zone())))
                    .isBetween(3L, 5L);
            assertThat(Duration.between(instant, expiry)).isLessThanOrEqualTo(Duration.ofDays(5).plusHours(1));
        });
    }

    // ---- BurnoutPolicy -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void theRollingQuarterEndsOnTheLocalDayAndReachesThreeMonthsBack(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var window = BurnoutPolicy.rollingQuarterEndingOn(local.day());
            assertThat(window.end()).isEqualTo(local.day());
            // minusMonths clamps to the month's end (29, 30 and 31 May all start on 1 March), as documented.
            assertThat(window.start()).isEqualTo(local.day().minusMonths(3).plusDays(1));
            assertThat(ChronoUnit.DAYS.between(window.start(), window.end()) + 1).isBetween(89L, 92L);
            assertThat(window.contains(window.start())).isTrue();
            assertThat(window.contains(window.start().minusDays(1))).isFalse();
            assertThat(window.contains(local.day().plusDays(1))).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void burnoutCountsTheAsksOfTheRollingQuarterEndingOnTheLocalDay(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var firstDay = BurnoutPolicy.rollingQuarterEndingOn(local.day()).start();
            int threshold = RULES.burnoutAskThreshold();

            var onFirstDay = BURNOUT.assess(asks(threshold + 1, firstDay, AskStatus.ACCEPTED), local.day());
            assertThat(onFirstDay.triggers()).containsExactly(BurnoutTrigger.TOO_MANY_ASKS);
            assertThat(onFirstDay.asksInRollingQuarter()).isEqualTo(threshold + 1);

            var onTheDay = BURNOUT.assess(asks(threshold + 1, local.day(), AskStatus.PENDING), local.day());
            assertThat(onTheDay.triggers()).containsExactly(BurnoutTrigger.TOO_MANY_ASKS);

            var dayBefore = BURNOUT.assess(asks(threshold + 1, firstDay.minusDays(1), AskStatus.ACCEPTED), local.day());
            assertThat(dayBefore.flagged()).isFalse();
            assertThat(dayBefore.asksInRollingQuarter()).isZero();

            var dayAfter = BURNOUT.assess(asks(threshold + 1, local.day().plusDays(1), AskStatus.ACCEPTED), local.day());
            assertThat(dayAfter.flagged()).isFalse();

            assertThat(BURNOUT.assess(asks(threshold, firstDay, AskStatus.ACCEPTED), local.day()).flagged()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void burnoutFlagsTheNewestAnswersBeingDeclines(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var day = local.day();
            var accepted = new PastAsk(day.minusDays(40), AskStatus.ACCEPTED);
            // Given newest first: the order the policy reads them in.
            var threeDeclines = history(new PastAsk(day, AskStatus.DECLINED),
                    new PastAsk(day.minusDays(1), AskStatus.DECLINED), new PastAsk(day.minusDays(2), AskStatus.EXPIRED),
                    new PastAsk(day.minusDays(3), AskStatus.DECLINED), accepted);
            BurnoutAssessment streak = BURNOUT.assess(threeDeclines, day);
            assertThat(streak.triggers()).contains(BurnoutTrigger.DECLINE_STREAK);
            assertThat(streak.declineStreak()).isEqualTo(RULES.burnoutDeclineStreak());

            var brokenByAnAccept = history(new PastAsk(day, AskStatus.DECLINED),
                    new PastAsk(day.minusDays(1), AskStatus.ACCEPTED), new PastAsk(day.minusDays(2), AskStatus.DECLINED),
                    new PastAsk(day.minusDays(3), AskStatus.DECLINED));
            assertThat(BURNOUT.assess(brokenByAnAccept, day).triggers()).doesNotContain(BurnoutTrigger.DECLINE_STREAK);

            // An accept dated after the evaluation day is not part of the assessment "as of" that day.
            var acceptTomorrow = history(new PastAsk(day.plusDays(1), AskStatus.ACCEPTED),
                    new PastAsk(day, AskStatus.DECLINED), new PastAsk(day.minusDays(1), AskStatus.DECLINED),
                    new PastAsk(day.minusDays(2), AskStatus.DECLINED));
            assertThat(BURNOUT.assess(acceptTomorrow, day).triggers()).contains(BurnoutTrigger.DECLINE_STREAK);
        });
    }

    // ---- EligibilityPolicy and RestPeriod ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void theCapCountsTheAsksOfTheAskDaysQuarterInTheAdvocatesZone(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var quarter = Quarter.of(local.day());
            var zone = local.zone();
            int cap = RULES.quarterlyAskCap();
            var thisQuarter = Stream.of(quarter.startInclusive(zone), instant,
                    quarter.endExclusive(zone).minusSeconds(1)).toList();
            var previousQuarter = Stream.of(quarter.previous().startInclusive(zone),
                    quarter.startInclusive(zone).minus(Duration.ofDays(1)),
                    quarter.startInclusive(zone).minusSeconds(1)).toList();

            int counted = countTowardCap(thisQuarter, quarter, zone);
            assertThat(counted).isEqualTo(cap);
            assertThat(reasons(eligible().asksThisQuarter(counted), local.day()))
                    .containsExactly(new QuarterlyCapReached(cap, cap, quarter.next().firstDay()));

            int countedBefore = countTowardCap(previousQuarter, quarter, zone);
            assertThat(countedBefore).isZero();
            assertThat(reasons(eligible().asksThisQuarter(countedBefore), local.day())).isEmpty();
            assertThat(reasons(eligible().asksThisQuarter(cap - 1), local.day())).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void theRestEndsOnTheRightLocalDay(String name, Instant instant) {
        assertThat(List.of(RULES.restDays(), RULES.heavyRestDays())).containsExactly(14, 30);
        inEveryZone(instant, local -> {
            var day = local.day();
            record Case(int tierRank, boolean heavy, int restDays) {
            }
            for (var rest : List.of(new Case(RestPeriod.TIER_ONE_RANK, true, RULES.heavyRestDays()),
                    new Case(RestPeriod.TIER_ONE_RANK, false, RULES.restDays()),
                    new Case(TIER_TWO, true, RULES.restDays()), new Case(TIER_TWO, false, RULES.restDays()))) {
                var restedEnough = new LastCompletedActivity(day.minusDays(rest.restDays()), rest.heavy());
                var oneDayShort = new LastCompletedActivity(day.minusDays(rest.restDays() - 1), rest.heavy());

                assertThat(RestPeriod.after(restedEnough, rest.tierRank(), RULES).availableFrom())
                        .as("%s", rest).isEqualTo(day);
                assertThat(reasons(eligible().lastActivity(restedEnough).tierRank(rest.tierRank()), day))
                        .as("%s", rest).isEmpty();
                assertThat(reasons(eligible().lastActivity(oneDayShort).tierRank(rest.tierRank()), day))
                        .as("%s", rest)
                        .containsExactly(new Resting(day.plusDays(1), rest.restDays(), oneDayShort.completedOn()));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void blackoutsAndPausesCoverTheLocalDayBothEndsIncluded(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var day = local.day();
            for (var covering : List.of(new DateRange(day, day), new DateRange(day.minusDays(7), day),
                    new DateRange(day, day.plusDays(7)))) {
                assertThat(reasons(eligible().blackout(covering), day)).containsExactly(new InBlackout(covering));
            }
            assertThat(reasons(eligible().blackout(new DateRange(day.minusDays(7), day.minusDays(1))), day))
                    .isEmpty();
            assertThat(reasons(eligible().blackout(new DateRange(day.plusDays(1), day.plusDays(7))), day))
                    .isEmpty();

            assertThat(reasons(eligible().pausedUntil(day), day)).containsExactly(new Paused(day));
            assertThat(reasons(eligible().pausedUntil(day.plusDays(1)), day))
                    .containsExactly(new Paused(day.plusDays(1)));
            assertThat(reasons(eligible().pausedUntil(day.minusDays(1)), day)).isEmpty();
        });
    }

    // ---- RecommitmentDeadlines, CheckInSchedule, ProfileRules --------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void recommitmentRemindersAndLapseCountDaysToTheDueDate(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var today = local.day();
            for (int daysLeft = -3; daysLeft <= 40; daysLeft++) {
                var due = today.plusDays(daysLeft);
                var expected = daysLeft >= 1 && daysLeft <= RecommitmentDeadlines.FINAL_REMINDER_DAYS
                        ? OptionalInt.of(RecommitmentDeadlines.FINAL_REMINDER_DAYS)
                        : daysLeft > RecommitmentDeadlines.FINAL_REMINDER_DAYS
                          && daysLeft <= RecommitmentDeadlines.FIRST_REMINDER_DAYS
                                ? OptionalInt.of(RecommitmentDeadlines.FIRST_REMINDER_DAYS)
                                : OptionalInt.empty();
                assertThat(RecommitmentDeadlines.reminderDue(due, today, false, false)).as("due %s", due)
                        .isEqualTo(expected);
                // Each reminder goes out once.
                assertThat(RecommitmentDeadlines.reminderDue(due, today, true, true)).as("due %s", due).isEmpty();
                assertThat(RecommitmentDeadlines.lapses(due, today)).as("due %s", due).isEqualTo(daysLeft <= 0);
            }
            assertThat(RecommitmentDeadlines.lapses(today, today)).isTrue();
            assertThat(RecommitmentDeadlines.lapses(today, today.minusDays(1))).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void checkInStatusFollowsTheAdvocatesQuarter(String name, Instant instant) {
        inEveryZone(instant, local -> {
            var today = local.day();
            var current = Quarter.of(today);
            var previous = current.previous();
            var longAgo = previous.firstDay().minusYears(1);

            assertThat(CheckInSchedule.status(current.firstDay(), longAgo, today)).isEqualTo(CheckInStatus.DONE);
            assertThat(CheckInSchedule.status(today, longAgo, today)).isEqualTo(CheckInStatus.DONE);
            assertThat(CheckInSchedule.status(previous.lastDay(), longAgo, today)).isEqualTo(CheckInStatus.DUE);
            assertThat(CheckInSchedule.status(previous.firstDay(), longAgo, today)).isEqualTo(CheckInStatus.DUE);
            assertThat(CheckInSchedule.status(previous.firstDay().minusDays(1), longAgo, today))
                    .isEqualTo(CheckInStatus.OVERDUE);
            assertThat(CheckInSchedule.status(null, longAgo, today)).isEqualTo(CheckInStatus.OVERDUE);
            assertThat(CheckInSchedule.status(null, null, today)).isEqualTo(CheckInStatus.OVERDUE);
            // Only overdue when the advocate was in the program for the whole previous quarter.
            assertThat(CheckInSchedule.status(null, previous.firstDay(), today)).isEqualTo(CheckInStatus.OVERDUE);
            assertThat(CheckInSchedule.status(null, previous.firstDay().plusDays(1), today))
                    .isEqualTo(CheckInStatus.DUE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SWEEP)
    void aProfileIsStaleOnTheDaySixMonthsAfterTheReview(String name, Instant instant) {
        int months = RULES.profileReviewMonths();
        inEveryZone(instant, local -> {
            var today = local.day();
            // Every review whose six-month day is today (several at a month end, none on e.g. 31 March).
            var sixMonthsBack = today.minusMonths(months);
            sixMonthsBack.minusDays(3).datesUntil(sixMonthsBack.plusDays(4))
                    .filter(reviewed -> reviewed.plusMonths(months).equals(today))
                    .forEach(reviewed -> {
                        assertThat(ProfileRules.needsReview(reviewed, today, months)).as("reviewed %s", reviewed)
                                .isTrue();
                        assertThat(ProfileRules.needsReview(reviewed, today.minusDays(1), months))
                                .as("reviewed %s", reviewed).isFalse();
                    });
            // plusMonths clamps: a review on 31 August is due on the last day of February (28th, or 29th in a leap year).
            var lastAugust = LocalDate.of(today.getYear() - 1, Month.AUGUST, 31);
            var endOfFebruary = YearMonth.of(today.getYear(), Month.FEBRUARY).atEndOfMonth();
            assertThat(ProfileRules.needsReview(lastAugust, today, months)).isEqualTo(!today.isBefore(endOfFebruary));
            assertThat(ProfileRules.needsReview(lastAugust, endOfFebruary, months)).isTrue();
            assertThat(ProfileRules.needsReview(lastAugust, endOfFebruary.minusDays(1), months)).isFalse();

            // The directory filter and the metrics query with staleOnOrBefore; they must agree with needsReview.
            var newestStale = ProfileRules.staleOnOrBefore(today, months);
            assertThat(ProfileRules.needsReview(newestStale, today, months)).as("reviewed %s", newestStale).isTrue();
            assertThat(ProfileRules.needsReview(newestStale.plusDays(1), today, months))
                    .as("reviewed %s", newestStale.plusDays(1)).isFalse();
            assertThat(ProfileRules.needsReview(null, today, months)).isTrue();
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** An instant as one advocate lives it. */
    private record Local(ZoneId zone, LocalDate day) {
    }

    /** Runs {@code property} for every advocate zone and reports each zone that fails, named with its local day. */
    private static void inEveryZone(Instant instant, Consumer<Local> property) {
        assertAll(ADVOCATE_ZONES.stream().map(zone -> {
            var local = new Local(zone, LocalDate.ofInstant(instant, zone));
            return (Executable) () -> {
                try {
                    property.accept(local);
                } catch (AssertionError e) {
                    throw new AssertionError("%s, local day %s: %s".formatted(zone, local.day(), e.getMessage()), e);
                }
            };
        }));
    }

    /** Business days in {@code (start, end]}, counted day by day. */
    private static long businessDaysAfter(LocalDate start, LocalDate end) {
        return start.plusDays(1).datesUntil(end.plusDays(1)).filter(BusinessDays::isBusinessDay).count();
    }

    private static AskHistory asks(int count, LocalDate askedOn, AskStatus status) {
        return new AskHistory(Collections.nCopies(count, new PastAsk(askedOn, status)));
    }

    /** A history from asks listed newest first; AskHistory wants them oldest first within a day. */
    private static AskHistory history(PastAsk... newestFirst) {
        var asks = new ArrayList<>(List.of(newestFirst));
        Collections.reverse(asks);
        return new AskHistory(asks);
    }

    /**
     * Asks stored as instants, counted the way the snapshot does for the cap ({@code [startInclusive, endExclusive)}
     * of the quarter in the advocate's zone); checks AskHistory's count by local day agrees.
     */
    private static int countTowardCap(List<Instant> askedAt, Quarter quarter, ZoneId zone) {
        int byInstant = (int) askedAt.stream()
                .filter(at -> !at.isBefore(quarter.startInclusive(zone)) && at.isBefore(quarter.endExclusive(zone)))
                .count();
        var byDay = new AskHistory(askedAt.stream()
                .map(at -> new PastAsk(LocalDate.ofInstant(at, zone), AskStatus.ACCEPTED)).toList());
        assertThat(byDay.countTowardCap(quarter.days())).as("asks at %s", askedAt).isEqualTo(byInstant);
        return byInstant;
    }

    private static List<IneligibilityReason> reasons(CandidateBuilder candidate, LocalDate askDate) {
        return ELIGIBILITY.evaluate(candidate.build(), REFERENCE_CALL_30, askDate).reasons();
    }
}
