package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    @Test
    void completeNeedsAccountTitlePersonaTimeZoneAndALanguage() {
        assertThat(ProfileRules.isComplete(true, "CFO", Persona.FINANCE, "UTC", Set.of("en"))).isTrue();
        assertThat(ProfileRules.isComplete(false, "CFO", Persona.FINANCE, "UTC", Set.of("en"))).isFalse();
        assertThat(ProfileRules.isComplete(true, " ", Persona.FINANCE, "UTC", Set.of("en"))).isFalse();
        assertThat(ProfileRules.isComplete(true, "CFO", null, "UTC", Set.of("en"))).isFalse();
        assertThat(ProfileRules.isComplete(true, "CFO", Persona.FINANCE, null, Set.of("en"))).isFalse();
        assertThat(ProfileRules.isComplete(true, "CFO", Persona.FINANCE, "UTC", Set.of())).isFalse();
    }

    @Test
    void reviewIsDueWhenNeverDoneOrTheReviewPeriodHasPassed() {
        var today = LocalDate.of(2026, 5, 12);
        assertThat(ProfileRules.needsReview(null, today, 6)).isTrue();
        assertThat(ProfileRules.needsReview(LocalDate.of(2025, 11, 13), today, 6)).isFalse();
        assertThat(ProfileRules.needsReview(LocalDate.of(2025, 11, 12), today, 6)).isTrue();
    }
}
