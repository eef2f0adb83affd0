package org.peerproof.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.Industry;

class ActivityHistoryRulesTest {

    private final List<ActivityHistory.Entry> entries = List.of(
            new ActivityHistory.Entry(LocalDate.of(2026, 1, 10), ActivityTypeCode.SURVEY, 1, null),
            new ActivityHistory.Entry(LocalDate.of(2026, 4, 2), ActivityTypeCode.REFERENCE_CALL_30, 2,
                    Industry.RETAIL),
            new ActivityHistory.Entry(LocalDate.of(2026, 3, 31), ActivityTypeCode.CASE_STUDY, 5, null),
            new ActivityHistory.Entry(LocalDate.of(2025, 12, 31), ActivityTypeCode.LOGO_USE, 1, null));

    @Test
    void groupsPerCalendarQuarterNewestFirstWithTheEffortSum() {
        var quarters = ActivityHistoryRules.perQuarter(entries);

        assertThat(quarters).extracting(ActivityHistory.QuarterActivities::quarter)
                .containsExactly("2026-Q2", "2026-Q1", "2025-Q4");
        assertThat(quarters.get(1).totalEffort()).isEqualTo(6);
        assertThat(quarters.get(1).activities()).extracting(ActivityHistory.Entry::occurredOn)
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 10));
    }
}
