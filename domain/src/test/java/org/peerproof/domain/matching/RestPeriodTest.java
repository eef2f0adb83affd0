package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerproof.domain.settings.ProgramRules;

class RestPeriodTest {

    private static final LocalDate ACTIVITY_DAY = LocalDate.parse("2026-03-01");

    @ParameterizedTest(name = "{0}: {1} days, askable from {2}")
    @CsvSource({
            "Tier 1 after a heavy activity,   30, 2026-03-31, 1, true",
            "Tier 1 after a light activity,   14, 2026-03-15, 1, false",
            "Tier 2 after a heavy activity,   14, 2026-03-15, 2, true",
            "Tier 2 after a light activity,   14, 2026-03-15, 2, false",
            "Tier 3 after a heavy activity,   14, 2026-03-15, 3, true"
    })
    void lengthDependsOnTierAndWeight(String description, int days, LocalDate availableFrom, int tierRank, boolean heavy) {
        RestPeriod rest = RestPeriod.after(new LastCompletedActivity(ACTIVITY_DAY, heavy), tierRank, ProgramRules.DEFAULTS);

        assertThat(rest.days()).isEqualTo(days);
        assertThat(rest.availableFrom()).isEqualTo(availableFrom);
    }

    @ParameterizedTest(name = "14-day rest after 1 March, resting on {0}: {1}")
    @CsvSource({
            "2026-03-01, true",
            "2026-03-14, true",
            "2026-03-15, false",
            "2026-04-01, false"
    })
    void restingUntilTheDayBeforeAvailableFrom(LocalDate date, boolean resting) {
        assertThat(new RestPeriod(ACTIVITY_DAY, 14).isRestingOn(date)).isEqualTo(resting);
    }

    @Test
    void zeroDayRestEndsTheSameDay() {
        RestPeriod none = new RestPeriod(ACTIVITY_DAY, 0);

        assertThat(none.availableFrom()).isEqualTo(ACTIVITY_DAY);
        assertThat(none.isRestingOn(ACTIVITY_DAY)).isFalse();
    }

    @Test
    void rejectsImpossibleValues() {
        var activity = new LastCompletedActivity(ACTIVITY_DAY, false);

        assertThatIllegalArgumentException().isThrownBy(() -> new RestPeriod(ACTIVITY_DAY, -1))
                .withMessage("Rest days must not be negative but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> RestPeriod.after(activity, 0, ProgramRules.DEFAULTS))
                .withMessage("Tier rank must be at least 1 but was 0");
    }
}
