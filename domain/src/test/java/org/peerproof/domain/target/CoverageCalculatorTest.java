package org.peerproof.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.Persona;

class CoverageCalculatorTest {

    static final long PRODUCT_X = 7L;
    static final TargetCriteria HEALTHCARE_APAC_X = new TargetCriteria(Industry.HEALTHCARE, Region.APAC, PRODUCT_X, null);

    static CoverageProfile profile(long id, Industry industry, Region region, Set<Long> products, Persona persona) {
        return new CoverageProfile(id, "Advocate " + id, industry, region, products, persona);
    }

    @Test
    void countsOnlyAdvocatesMatchingEveryGivenDimension() {
        var active = List.of(
                profile(1, Industry.HEALTHCARE, Region.APAC, Set.of(PRODUCT_X), Persona.IT),
                profile(2, Industry.HEALTHCARE, Region.APAC, Set.of(PRODUCT_X, 8L), Persona.EXECUTIVE),
                profile(3, Industry.HEALTHCARE, Region.EMEA, Set.of(PRODUCT_X), Persona.IT),
                profile(4, Industry.HEALTHCARE, Region.APAC, Set.of(8L), Persona.IT));

        var coverage = CoverageCalculator.coverage(1L, 0L, HEALTHCARE_APAC_X, "X", 5, active, Map.of());

        assertThat(coverage.covered()).isEqualTo(2);
        assertThat(coverage.gap()).isEqualTo(3);
        assertThat(coverage.met()).isFalse();
        assertThat(coverage.openNominations()).isEmpty();
        assertThat(coverage.nominationsCloseGap()).isFalse();
    }

    @Test
    void listsMatchingNominationsAndWhetherTheyCloseTheGap() {
        var active = List.of(profile(1, Industry.HEALTHCARE, Region.APAC, Set.of(PRODUCT_X), Persona.IT));
        var nominations = Map.of(
                10L, profile(20, Industry.HEALTHCARE, Region.APAC, Set.of(PRODUCT_X), Persona.FINANCE),
                11L, profile(21, Industry.RETAIL, Region.APAC, Set.of(PRODUCT_X), Persona.FINANCE),
                12L, profile(22, Industry.HEALTHCARE, Region.APAC, Set.of(PRODUCT_X), null));

        var coverage = CoverageCalculator.coverage(1L, 0L, HEALTHCARE_APAC_X, "X", 3, active, nominations);

        assertThat(coverage.gap()).isEqualTo(2);
        assertThat(coverage.openNominations()).extracting(TargetCoverage.Nominee::nominationId).containsExactly(10L, 12L);
        assertThat(coverage.nominationsCloseGap()).isTrue();
    }

    @Test
    void aMetTargetHasNoGapEvenWhenExceeded() {
        var persona = new TargetCriteria(null, null, null, Persona.EXECUTIVE);
        var active = List.of(profile(1, Industry.RETAIL, Region.EMEA, Set.of(), Persona.EXECUTIVE),
                profile(2, Industry.HEALTHCARE, Region.APAC, Set.of(), Persona.EXECUTIVE));

        var coverage = CoverageCalculator.coverage(1L, 0L, persona, null, 1, active, Map.of());

        assertThat(coverage.covered()).isEqualTo(2);
        assertThat(coverage.gap()).isZero();
        assertThat(coverage.met()).isTrue();
        assertThat(coverage.nominationsCloseGap()).isFalse();
    }
}
