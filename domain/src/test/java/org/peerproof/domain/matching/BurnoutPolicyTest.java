package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.peerproof.domain.ask.AskStatus.ACCEPTED;
import static org.peerproof.domain.ask.AskStatus.DECLINED;
import static org.peerproof.domain.ask.AskStatus.PENDING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.settings.ProgramRules;

class BurnoutPolicyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    /** The rolling quarter ending on TODAY starts here. */
    private static final LocalDate WINDOW_START = LocalDate.parse("2026-03-16");

    private final BurnoutPolicy policy = new BurnoutPolicy(ProgramRules.DEFAULTS);

    @ParameterizedTest(name = "{0}: rolling quarter ending {1} starts {2}")
    @CsvSource({
            "mid-month,                          2026-06-15, 2026-03-16",
            "end of a 31-day month,              2026-05-31, 2026-03-01",
            "3 months back is clipped to Feb 28, 2026-05-29, 2026-03-01",
            "3 months back is leap day,          2024-05-29, 2024-03-01",
            "3 months back clipped to leap day,  2024-05-30, 2024-03-01",
            "across the year boundary,           2026-01-15, 2025-10-16",
            "ending on leap day,                  2024-02-29, 2023-11-30"
    })
    void rollingQuarterIsThreeMonthsEndingOnTheDateInclusive(String description, LocalDate end, LocalDate start) {
        assertThat(BurnoutPolicy.rollingQuarterEndingOn(end)).isEqualTo(new DateRange(start, end));
    }

    @ParameterizedTest(name = "{0} asks in the rolling quarter: flagged = {1}")
    @CsvSource({
            "0, false",
            "4, false",
            "5, true",
            "7, true"
    })
    void flagsMoreThanThresholdAsks(int asks, boolean flagged) {
        List<PastAsk> accepted = new ArrayList<>();
        for (int i = 0; i < asks; i++) {
            accepted.add(new PastAsk(TODAY.minusWeeks(i), ACCEPTED));
        }

        BurnoutAssessment assessment = policy.assess(new AskHistory(accepted), TODAY);

        assertThat(assessment.asksInRollingQuarter()).isEqualTo(asks);
        assertThat(assessment.flagged()).isEqualTo(flagged);
        assertThat(assessment.triggers()).isEqualTo(flagged ? Set.of(BurnoutTrigger.TOO_MANY_ASKS) : Set.of());
    }

    /** Four asks well inside the window plus one more at the date given: is it the fifth? */
    @ParameterizedTest(name = "{0}: 5th ask on {1} counted = {2}")
    @CsvSource({
            "day before the window starts, 2026-03-15, false",
            "first day of the window,      2026-03-16, true",
            "evaluation date itself,       2026-06-15, true",
            "after the evaluation date,    2026-06-16, false"
    })
    void windowEdges(String description, LocalDate fifthAskedOn, boolean counted) {
        List<PastAsk> asks = new ArrayList<>(fourAcceptedAsksInMay());
        asks.add(new PastAsk(fifthAskedOn, ACCEPTED));

        BurnoutAssessment assessment = policy.assess(new AskHistory(asks), TODAY);

        assertThat(assessment.rollingQuarter()).isEqualTo(new DateRange(WINDOW_START, TODAY));
        assertThat(assessment.asksInRollingQuarter()).isEqualTo(counted ? 5 : 4);
        assertThat(assessment.flagged()).isEqualTo(counted);
    }

    @ParameterizedTest(name = "a 5th ask that is {0} counted = {1}")
    @CsvSource({
            "PENDING,   true",
            "DECLINED,  true",
            "EXPIRED,   true",
            "COMPLETED, true",
            "WITHDRAWN, false"
    })
    void withdrawnAsksDoNotCount(AskStatus status, boolean counted) {
        List<PastAsk> asks = new ArrayList<>(fourAcceptedAsksInMay());
        asks.add(new PastAsk(TODAY, status));

        assertThat(policy.assess(new AskHistory(asks), TODAY).asksInRollingQuarter()).isEqualTo(counted ? 5 : 4);
    }

    /**
     * Statuses oldest to newest, one ask every three weeks so the ask count stays below the threshold
     * within the window and only the decline streak can flag.
     */
    @ParameterizedTest(name = "{0}: [{1}] -> streak {2}, flagged {3}")
    @CsvSource(delimiter = '|', textBlock = """
            no asks                         |                                      | 0 | false
            2 declines in a row             | DECLINED DECLINED                    | 2 | false
            3 declines in a row             | DECLINED DECLINED DECLINED           | 3 | true
            4 declines in a row             | DECLINED DECLINED DECLINED DECLINED  | 4 | true
            accept before 2 declines        | ACCEPTED DECLINED DECLINED           | 2 | false
            newest accept breaks the streak | DECLINED DECLINED DECLINED ACCEPTED  | 0 | false
            accept in the middle breaks it  | DECLINED ACCEPTED DECLINED DECLINED  | 2 | false
            completion breaks it            | DECLINED DECLINED COMPLETED DECLINED | 1 | false
            pending is skipped              | DECLINED PENDING DECLINED DECLINED   | 3 | true
            newest pending is skipped       | DECLINED DECLINED DECLINED PENDING   | 3 | true
            withdrawn is skipped            | DECLINED DECLINED WITHDRAWN DECLINED | 3 | true
            expired is skipped              | DECLINED EXPIRED DECLINED DECLINED   | 3 | true
            only unanswered asks            | PENDING EXPIRED WITHDRAWN            | 0 | false
            """)
    void declineStreakAmongAnsweredAsks(String description, String statuses, int streak, boolean flagged) {
        List<AskStatus> oldestFirst = statuses == null ? List.of()
                : Arrays.stream(statuses.trim().split("\\s+")).map(AskStatus::valueOf).toList();
        List<PastAsk> asks = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            asks.add(new PastAsk(TODAY.minusWeeks(3L * (oldestFirst.size() - 1 - i)), oldestFirst.get(i)));
        }

        BurnoutAssessment assessment = policy.assess(new AskHistory(asks), TODAY);

        assertThat(assessment.declineStreak()).isEqualTo(streak);
        assertThat(assessment.triggers()).isEqualTo(flagged ? Set.of(BurnoutTrigger.DECLINE_STREAK) : Set.of());
    }

    @Test
    void orderIsByAskDateWhateverTheListOrder() {
        // Newest first in the list: the accept on 10 June is still the newest ask and breaks the streak.
        var history = new AskHistory(List.of(
                new PastAsk(LocalDate.parse("2026-06-10"), ACCEPTED),
                new PastAsk(LocalDate.parse("2026-05-01"), DECLINED),
                new PastAsk(LocalDate.parse("2026-04-01"), DECLINED),
                new PastAsk(LocalDate.parse("2026-03-01"), DECLINED)));

        assertThat(policy.assess(history, TODAY).declineStreak()).isZero();
    }

    @Test
    void sameDayAsksKeepTheGivenOrder() {
        LocalDate may = LocalDate.parse("2026-05-01");
        List<PastAsk> earlier = List.of(new PastAsk(may.minusWeeks(4), DECLINED), new PastAsk(may.minusWeeks(2), DECLINED));

        var acceptThenDecline = new AskHistory(concat(earlier, new PastAsk(may, ACCEPTED), new PastAsk(may, DECLINED)));
        var declineThenAccept = new AskHistory(concat(earlier, new PastAsk(may, DECLINED), new PastAsk(may, ACCEPTED)));

        assertThat(policy.assess(acceptThenDecline, TODAY).declineStreak()).isEqualTo(1);
        assertThat(policy.assess(declineThenAccept, TODAY).declineStreak()).isZero();
    }

    @Test
    void asksAfterTheEvaluationDateAreIgnored() {
        var history = new AskHistory(List.of(
                new PastAsk(LocalDate.parse("2026-04-01"), DECLINED),
                new PastAsk(LocalDate.parse("2026-05-01"), DECLINED),
                new PastAsk(LocalDate.parse("2026-06-01"), DECLINED),
                new PastAsk(LocalDate.parse("2026-06-20"), ACCEPTED)));

        BurnoutAssessment asOfToday = policy.assess(history, TODAY);
        BurnoutAssessment asOfLater = policy.assess(history, LocalDate.parse("2026-06-30"));

        assertThat(asOfToday.declineStreak()).isEqualTo(3);
        assertThat(asOfToday.flagged()).isTrue();
        assertThat(asOfLater.declineStreak()).isZero();
        assertThat(asOfLater.flagged()).isFalse();
    }

    @Test
    void reportsBothTriggersTogether() {
        List<PastAsk> fiveDeclines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fiveDeclines.add(new PastAsk(TODAY.minusWeeks(i), DECLINED));
        }

        BurnoutAssessment assessment = policy.assess(new AskHistory(fiveDeclines), TODAY);

        assertThat(assessment.triggers()).containsExactlyInAnyOrder(BurnoutTrigger.TOO_MANY_ASKS, BurnoutTrigger.DECLINE_STREAK);
        assertThat(assessment.asksInRollingQuarter()).isEqualTo(5);
        assertThat(assessment.declineStreak()).isEqualTo(5);
        assertThat(assessment.messageArguments(BurnoutTrigger.TOO_MANY_ASKS)).containsExactly(5, WINDOW_START, TODAY);
        assertThat(assessment.messageArguments(BurnoutTrigger.DECLINE_STREAK)).containsExactly(5);
    }

    @Test
    void appliesTheProgramsConfiguredNumbers() {
        // Staff tightened the rule: more than 2 asks, or 2 declines in a row.
        var strict = new BurnoutPolicy(new ProgramRules(3, 14, 30, 2, 2, 3, 7, 12, 6, 48));
        var history = new AskHistory(List.of(
                new PastAsk(TODAY.minusDays(20), PENDING),
                new PastAsk(TODAY.minusDays(10), DECLINED),
                new PastAsk(TODAY, DECLINED)));

        assertThat(strict.assess(history, TODAY).triggers())
                .containsExactlyInAnyOrder(BurnoutTrigger.TOO_MANY_ASKS, BurnoutTrigger.DECLINE_STREAK);
        assertThat(policy.assess(history, TODAY).flagged()).isFalse();
    }

    @Test
    void triggersHaveStableMessageKeys() {
        assertThat(BurnoutTrigger.TOO_MANY_ASKS.messageKey()).isEqualTo("burnout.trigger.tooManyAsks");
        assertThat(BurnoutTrigger.DECLINE_STREAK.messageKey()).isEqualTo("burnout.trigger.declineStreak");
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BurnoutPolicy(new ProgramRules(3, 14, 30, 4, 0, 3, 7, 12, 6, 48)))
                .withMessageStartingWith("Burnout ask threshold must not be negative and decline streak must be at least 1");
        assertThatNullPointerException().isThrownBy(() -> policy.assess(null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> policy.assess(new AskHistory(List.of()), null));
        assertThatNullPointerException().isThrownBy(() -> new PastAsk(TODAY, null));
        assertThatNullPointerException().isThrownBy(() -> new AskHistory(Arrays.asList((PastAsk) null)));
    }

    private static List<PastAsk> fourAcceptedAsksInMay() {
        return List.of(
                new PastAsk(LocalDate.parse("2026-05-04"), ACCEPTED),
                new PastAsk(LocalDate.parse("2026-05-11"), ACCEPTED),
                new PastAsk(LocalDate.parse("2026-05-18"), ACCEPTED),
                new PastAsk(LocalDate.parse("2026-05-25"), ACCEPTED));
    }

    private static List<PastAsk> concat(List<PastAsk> first, PastAsk... more) {
        List<PastAsk> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
