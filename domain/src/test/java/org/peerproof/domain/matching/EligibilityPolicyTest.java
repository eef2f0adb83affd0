package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.peerproof.domain.activity.ActivityTypeCode.CASE_STUDY;
import static org.peerproof.domain.activity.ActivityTypeCode.REFERENCE_CALL_30;
import static org.peerproof.domain.activity.ActivityTypeCode.SPEAKING;
import static org.peerproof.domain.matching.CandidateBuilder.eligible;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.matching.IneligibilityReason.InBlackout;
import org.peerproof.domain.matching.IneligibilityReason.NoConsent;
import org.peerproof.domain.matching.IneligibilityReason.NotActive;
import org.peerproof.domain.matching.IneligibilityReason.OwnQuarterlyLimitReached;
import org.peerproof.domain.matching.IneligibilityReason.Paused;
import org.peerproof.domain.matching.IneligibilityReason.QuarterlyCapReached;
import org.peerproof.domain.matching.IneligibilityReason.Resting;
import org.peerproof.domain.matching.IneligibilityReason.TierNotAllowed;
import org.peerproof.domain.settings.ProgramRules;

class EligibilityPolicyTest {

    /** A Wednesday in Q2 2026; the next quarter starts 1 July. */
    private static final LocalDate TODAY = LocalDate.parse("2026-05-13");
    private static final LocalDate NEXT_QUARTER = LocalDate.parse("2026-07-01");

    private final EligibilityPolicy policy = new EligibilityPolicy(ProgramRules.DEFAULTS);

    /** Each row: a candidate, asked for a 30-minute reference call TODAY, and exactly the reasons expected. */
    static Stream<Arguments> singleClauseCases() {
        return Stream.of(
                row("baseline advocate passes every clause", eligible()),

                row("no consent for the type asked", eligible().consentedTypes(CASE_STUDY),
                        new NoConsent(REFERENCE_CALL_30)),

                row("paused until tomorrow", eligible().pausedUntil("2026-05-14"), new Paused(date("2026-05-14"))),
                row("paused until today (inclusive)", eligible().pausedUntil("2026-05-13"), new Paused(TODAY)),
                row("paused until yesterday", eligible().pausedUntil("2026-05-12")),

                row("blackout ending today", eligible().blackout("2026-05-01", "2026-05-13"),
                        new InBlackout(range("2026-05-01", "2026-05-13"))),
                row("blackout starting today", eligible().blackout("2026-05-13", "2026-05-20"),
                        new InBlackout(range("2026-05-13", "2026-05-20"))),
                row("one-day blackout today", eligible().blackout("2026-05-13", "2026-05-13"),
                        new InBlackout(range("2026-05-13", "2026-05-13"))),
                row("blackout ended yesterday", eligible().blackout("2026-05-01", "2026-05-12")),
                row("blackout starts tomorrow", eligible().blackout("2026-05-14", "2026-05-20")),
                row("overlapping blackouts report the one ending last",
                        eligible().blackout("2026-05-10", "2026-05-15").blackout("2026-05-01", "2026-05-31")
                                .blackout("2026-05-12", "2026-05-13"),
                        new InBlackout(range("2026-05-01", "2026-05-31"))),
                row("of blackouts ending the same day, the one starting first, in whatever order they are stored",
                        eligible().blackout("2026-05-10", "2026-05-31").blackout("2026-05-01", "2026-05-31"),
                        new InBlackout(range("2026-05-01", "2026-05-31"))),

                row("2 asks so far: the 3rd ask is allowed", eligible().asksThisQuarter(2)),
                row("3 asks so far: the 4th ask is refused", eligible().asksThisQuarter(3),
                        new QuarterlyCapReached(3, 3, NEXT_QUARTER)),
                row("5 asks so far (cap lowered since): refused, count reported", eligible().asksThisQuarter(5),
                        new QuarterlyCapReached(3, 5, NEXT_QUARTER)),
                row("own max 1, no asks yet", eligible().ownMaxAsksPerQuarter(1).asksThisQuarter(0)),
                row("own max 1, 1 ask so far", eligible().ownMaxAsksPerQuarter(1).asksThisQuarter(1),
                        new OwnQuarterlyLimitReached(1, 1, NEXT_QUARTER)),
                row("own max 2, 1 ask so far", eligible().ownMaxAsksPerQuarter(2).asksThisQuarter(1)),
                row("own max 2, 2 asks so far", eligible().ownMaxAsksPerQuarter(2).asksThisQuarter(2),
                        new OwnQuarterlyLimitReached(2, 2, NEXT_QUARTER)),
                row("own max 0 opts out for the quarter", eligible().ownMaxAsksPerQuarter(0),
                        new OwnQuarterlyLimitReached(0, 0, NEXT_QUARTER)),
                row("own max equal to the cap reports the program cap",
                        eligible().ownMaxAsksPerQuarter(3).asksThisQuarter(3), new QuarterlyCapReached(3, 3, NEXT_QUARTER)),
                row("own max 5 is clipped to the cap: 2 asks allowed",
                        eligible().ownMaxAsksPerQuarter(5).asksThisQuarter(2)),
                row("own max 5 is clipped to the cap: 3 asks refused",
                        eligible().ownMaxAsksPerQuarter(5).asksThisQuarter(3), new QuarterlyCapReached(3, 3, NEXT_QUARTER)),

                row("never did an activity", eligible()),
                row("Tier 2, light activity 13 days ago: resting", eligible().lastActivity("2026-04-30", false),
                        new Resting(TODAY.plusDays(1), 14, date("2026-04-30"))),
                row("Tier 2, light activity 14 days ago: rested", eligible().lastActivity("2026-04-29", false)),
                row("activity done today: resting", eligible().lastActivity("2026-05-13", false),
                        new Resting(date("2026-05-27"), 14, TODAY)),
                row("Tier 1, heavy activity 29 days ago: resting",
                        eligible().tierRank(1).lastActivity("2026-04-14", true),
                        new Resting(TODAY.plusDays(1), 30, date("2026-04-14"))),
                row("Tier 1, heavy activity 30 days ago: rested", eligible().tierRank(1).lastActivity("2026-04-13", true)),
                row("Tier 1, light activity 14 days ago uses the normal rest",
                        eligible().tierRank(1).lastActivity("2026-04-29", false)),
                row("Tier 1, light activity 13 days ago uses the normal rest",
                        eligible().tierRank(1).lastActivity("2026-04-30", false),
                        new Resting(TODAY.plusDays(1), 14, date("2026-04-30"))),
                row("Tier 2, heavy activity 14 days ago uses the normal rest",
                        eligible().tierRank(2).lastActivity("2026-04-29", true)),
                row("Tier 2, heavy activity 13 days ago uses the normal rest",
                        eligible().tierRank(2).lastActivity("2026-04-30", true),
                        new Resting(TODAY.plusDays(1), 14, date("2026-04-30"))),

                row("tier does not allow the type", eligible().tierAllowedTypes(CASE_STUDY, SPEAKING),
                        new TierNotAllowed(REFERENCE_CALL_30, 2)));
    }

    @ParameterizedTest
    @MethodSource("singleClauseCases")
    void reportsExactlyTheFailedClause(EligibilityCandidate candidate, List<IneligibilityReason> expected) {
        EligibilityResult result = policy.evaluate(candidate, REFERENCE_CALL_30, TODAY);

        assertThat(result.reasons()).containsExactlyElementsOf(expected);
        assertThat(result.eligible()).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest(name = "status {0} is not askable")
    @EnumSource(value = AdvocateStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyActiveAdvocatesAreAskable(AdvocateStatus status) {
        EligibilityResult result = policy.evaluate(eligible().status(status).build(), REFERENCE_CALL_30, TODAY);

        assertThat(result.reasons()).containsExactly(new NotActive(status));
        assertThat(result.eligible()).isFalse();
    }

    /** Rows: case, candidate, ask date, expected reasons; the date is what varies. */
    static Stream<Arguments> calendarBoundaryCases() {
        return Stream.of(
                argumentSet("blackout ending today: refused today",
                        eligible().blackout("2026-05-01", "2026-05-13").build(), TODAY,
                        List.of(new InBlackout(range("2026-05-01", "2026-05-13")))),
                argumentSet("blackout ending today: allowed tomorrow",
                        eligible().blackout("2026-05-01", "2026-05-13").build(), TODAY.plusDays(1), List.of()),
                argumentSet("3 asks on 31 March (last day of Q1): refused until 1 April",
                        eligible().asksThisQuarter(3).build(), date("2026-03-31"),
                        List.of(new QuarterlyCapReached(3, 3, date("2026-04-01")))),
                argumentSet("3 asks on 31 December: the next quarter is in the next year",
                        eligible().asksThisQuarter(3).build(), date("2026-12-31"),
                        List.of(new QuarterlyCapReached(3, 3, date("2027-01-01")))),
                argumentSet("3 asks on leap day 29 February 2024: refused until 1 April",
                        eligible().asksThisQuarter(3).build(), date("2024-02-29"),
                        List.of(new QuarterlyCapReached(3, 3, date("2024-04-01")))),
                // 20 Feb + 14 days is 5 March in a leap year (29 days in February) but 6 March otherwise.
                argumentSet("leap year: rest after 20 Feb 2024 ends on 5 March",
                        eligible().lastActivity("2024-02-20", false).build(), date("2024-03-05"), List.of()),
                argumentSet("non-leap year: rest after 20 Feb 2023 still runs on 5 March",
                        eligible().lastActivity("2023-02-20", false).build(), date("2023-03-05"),
                        List.of(new Resting(date("2023-03-06"), 14, date("2023-02-20")))),
                argumentSet("leap day itself: activity on 15 Feb 2024, askable 29 Feb",
                        eligible().lastActivity("2024-02-15", false).build(), date("2024-02-29"), List.of()),
                argumentSet("leap day itself: activity on 16 Feb 2024, resting on 29 Feb",
                        eligible().lastActivity("2024-02-16", false).build(), date("2024-02-29"),
                        List.of(new Resting(date("2024-03-01"), 14, date("2024-02-16")))));
    }

    @ParameterizedTest
    @MethodSource("calendarBoundaryCases")
    void calendarBoundaries(EligibilityCandidate candidate, LocalDate askDate, List<IneligibilityReason> expected) {
        assertThat(policy.evaluate(candidate, REFERENCE_CALL_30, askDate).reasons()).containsExactlyElementsOf(expected);
    }

    @Test
    void quarterCountResetsOnTheFirstDayOfTheNextQuarter() {
        // Three asks in Q1 2024, one of them on leap day; asksThisQuarter is counted for the ask date's quarter.
        AskHistory history = new AskHistory(List.of(
                new PastAsk(date("2024-01-10"), AskStatus.COMPLETED),
                new PastAsk(date("2024-02-29"), AskStatus.DECLINED),
                new PastAsk(date("2024-03-31"), AskStatus.PENDING)));
        LocalDate lastDayOfQ1 = date("2024-03-31");
        LocalDate firstDayOfQ2 = date("2024-04-01");

        EligibilityResult onLastDay = policy.evaluate(candidateWithAsksIn(history, lastDayOfQ1), REFERENCE_CALL_30, lastDayOfQ1);
        EligibilityResult onFirstDay = policy.evaluate(candidateWithAsksIn(history, firstDayOfQ2), REFERENCE_CALL_30, firstDayOfQ2);

        assertThat(onLastDay.reasons()).containsExactly(new QuarterlyCapReached(3, 3, firstDayOfQ2));
        assertThat(onFirstDay.eligible()).isTrue();
    }

    private static EligibilityCandidate candidateWithAsksIn(AskHistory history, LocalDate askDate) {
        return eligible().asksThisQuarter(history.countTowardCap(Quarter.of(askDate).days())).build();
    }

    @Test
    void reportsEveryFailedClauseInRuleOrder() {
        EligibilityCandidate failsEverything = eligible()
                .status(AdvocateStatus.LAPSED)
                .consentedTypes(CASE_STUDY)
                .pausedUntil("2026-05-20")
                .blackout("2026-05-10", "2026-05-16")
                .ownMaxAsksPerQuarter(1)
                .asksThisQuarter(1)
                .tierRank(1)
                .lastActivity("2026-05-01", true)
                .tierAllowedTypes(CASE_STUDY)
                .build();

        EligibilityResult result = policy.evaluate(failsEverything, REFERENCE_CALL_30, TODAY);

        assertThat(result.eligible()).isFalse();
        assertThat(result.reasons()).containsExactly(
                new NotActive(AdvocateStatus.LAPSED),
                new NoConsent(REFERENCE_CALL_30),
                new Paused(date("2026-05-20")),
                new InBlackout(range("2026-05-10", "2026-05-16")),
                new OwnQuarterlyLimitReached(1, 1, NEXT_QUARTER),
                new Resting(date("2026-05-31"), 30, date("2026-05-01")),
                new TierNotAllowed(REFERENCE_CALL_30, 1));
    }

    @Test
    void reportsTwoUnrelatedFailuresTogether() {
        EligibilityCandidate pausedAndCapped = eligible().pausedUntil("2026-05-13").asksThisQuarter(3).build();

        assertThat(policy.evaluate(pausedAndCapped, REFERENCE_CALL_30, TODAY).reasons()).containsExactly(
                new Paused(TODAY), new QuarterlyCapReached(3, 3, NEXT_QUARTER));
    }

    @Test
    void appliesTheProgramsConfiguredNumbers() {
        // Staff raised the cap to 5 and shortened the rest to 7 days.
        var rules = new ProgramRules(5, 7, 10, 4, 3, 3, 7, 12, 6, 48);
        var configured = new EligibilityPolicy(rules);

        assertThat(configured.evaluate(eligible().asksThisQuarter(4).build(), REFERENCE_CALL_30, TODAY).eligible()).isTrue();
        assertThat(configured.evaluate(eligible().asksThisQuarter(5).build(), REFERENCE_CALL_30, TODAY).reasons())
                .containsExactly(new QuarterlyCapReached(5, 5, NEXT_QUARTER));
        assertThat(configured.evaluate(eligible().lastActivity("2026-05-06", false).build(), REFERENCE_CALL_30, TODAY)
                .eligible()).isTrue();
        assertThat(configured.evaluate(eligible().tierRank(1).lastActivity("2026-05-06", true).build(), REFERENCE_CALL_30, TODAY)
                .reasons()).containsExactly(new Resting(date("2026-05-16"), 10, date("2026-05-06")));
    }

    @Test
    void rejectsMissingArguments() {
        EligibilityCandidate candidate = eligible().build();

        assertThatNullPointerException().isThrownBy(() -> new EligibilityPolicy(null));
        assertThatNullPointerException().isThrownBy(() -> policy.evaluate(null, REFERENCE_CALL_30, TODAY));
        assertThatNullPointerException().isThrownBy(() -> policy.evaluate(candidate, null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> policy.evaluate(candidate, REFERENCE_CALL_30, null));
    }

    @Test
    void rejectsNegativeProgramNumbers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EligibilityPolicy(new ProgramRules(-1, 14, 30, 4, 3, 3, 7, 12, 6, 48)))
                .withMessageStartingWith("Quarterly ask cap and rest days must not be negative");
    }

    @Test
    void candidateRejectsImpossibleValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> eligible().asksThisQuarter(-1).build())
                .withMessage("Asks this quarter must not be negative but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> eligible().ownMaxAsksPerQuarter(-1).build())
                .withMessage("Own max asks per quarter must not be negative but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> eligible().tierRank(0).build())
                .withMessage("Tier rank must be at least 1 but was 0");
        assertThatNullPointerException().isThrownBy(() -> eligible().status(null).build());
    }

    @Test
    void candidateIsAnImmutableSnapshot() {
        Set<ActivityTypeCode> consents = new HashSet<>(Set.of(REFERENCE_CALL_30));
        var candidate = new EligibilityCandidate(AdvocateStatus.ACTIVE, consents, null, null, List.of(), 0, null, 2,
                Set.of(REFERENCE_CALL_30));

        consents.clear();

        assertThat(candidate.consentedTypes()).containsExactly(REFERENCE_CALL_30);
        assertThat(policy.evaluate(candidate, REFERENCE_CALL_30, TODAY).eligible()).isTrue();
    }

    private static Arguments row(String name, CandidateBuilder candidate, IneligibilityReason... expected) {
        return argumentSet(name, candidate.build(), Arrays.asList(expected));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange range(String start, String end) {
        return new DateRange(date(start), date(end));
    }
}
