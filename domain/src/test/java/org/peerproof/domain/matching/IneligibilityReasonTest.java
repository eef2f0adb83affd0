package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.calendar.DateRange;

/** The message keys and argument order are a contract with the i18n bundle: a change here needs a bundle change. */
class IneligibilityReasonTest {

    private static final LocalDate MAY_1 = LocalDate.parse("2026-05-01");
    private static final LocalDate MAY_31 = LocalDate.parse("2026-05-31");
    private static final LocalDate JULY_1 = LocalDate.parse("2026-07-01");

    static Stream<Arguments> reasons() {
        return Stream.of(
                argumentSet("not active", new IneligibilityReason.NotActive(AdvocateStatus.PAUSED),
                        "eligibility.reason.notActive", List.of(AdvocateStatus.PAUSED)),
                argumentSet("no consent", new IneligibilityReason.NoConsent(ActivityTypeCode.SPEAKING),
                        "eligibility.reason.noConsent", List.of(ActivityTypeCode.SPEAKING)),
                argumentSet("paused", new IneligibilityReason.Paused(MAY_31),
                        "eligibility.reason.paused", List.of(MAY_31)),
                argumentSet("blackout", new IneligibilityReason.InBlackout(new DateRange(MAY_1, MAY_31)),
                        "eligibility.reason.blackout", List.of(MAY_1, MAY_31)),
                argumentSet("program cap", new IneligibilityReason.QuarterlyCapReached(3, 4, JULY_1),
                        "eligibility.reason.quarterlyCap", List.of(3, 4, JULY_1)),
                argumentSet("own limit", new IneligibilityReason.OwnQuarterlyLimitReached(1, 1, JULY_1),
                        "eligibility.reason.ownQuarterlyLimit", List.of(1, 1, JULY_1)),
                argumentSet("resting", new IneligibilityReason.Resting(MAY_31, 30, MAY_1),
                        "eligibility.reason.resting", List.of(MAY_31, 30, MAY_1)),
                argumentSet("tier", new IneligibilityReason.TierNotAllowed(ActivityTypeCode.ADVISORY_BOARD, 3),
                        "eligibility.reason.tierNotAllowed", List.of(ActivityTypeCode.ADVISORY_BOARD, 3)));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void hasStableKeyAndOrderedArguments(IneligibilityReason reason, String key, List<Object> arguments) {
        assertThat(reason.messageKey()).isEqualTo(key);
        assertThat(reason.messageArguments()).containsExactlyElementsOf(arguments);
    }
}
