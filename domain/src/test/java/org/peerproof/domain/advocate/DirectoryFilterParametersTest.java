package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/** The directory filter survives a trip through the URL, so a filtered list can be shared and reloaded. */
class DirectoryFilterParametersTest {

    private static final DirectoryFilter EVERYTHING_SET = DirectoryFilter.NONE
            .withText("month end")
            .withIndustry(Industry.HEALTHCARE)
            .withRegion(Region.EMEA)
            .withSizeBands(Set.of(SizeBand.ENTERPRISE, SizeBand.LARGE))
            .withProductId(7L)
            .withUseCaseId(11L)
            .withLanguage("de")
            .withTierRank(1)
            .withStatus(AdvocateStatus.ACTIVE)
            .withWillingFor(Set.of(ActivityTypeCode.REFERENCE_CALL_30))
            .withRelationshipOwner("csm2@peerproof.test")
            .withAvailableNow(true)
            .withAsksThisQuarter(0, 2)
            .withBurnoutFlagged(false)
            .withLastUsed(LocalDate.of(2026, 3, 1), LocalDate.of(2025, 9, 30))
            .withStaleProfile(true);

    @Test
    void everyFilterComesBackFromItsParameters() {
        var parameters = DirectoryFilterParameters.of(EVERYTHING_SET);

        assertThat(DirectoryFilterParameters.filter(parameters)).isEqualTo(EVERYTHING_SET);
        assertThat(parameters).containsEntry("size", List.of("LARGE", "ENTERPRISE"))
                .containsEntry("willing", List.of("REFERENCE_CALL_30"))
                .containsEntry("notUsedSince", List.of("2026-03-01"))
                .containsEntry("owner", List.of("csm2@peerproof.test"));
    }

    @Test
    void noFilterIsNoParameterAndNoParameterIsNoFilter() {
        assertThat(DirectoryFilterParameters.of(DirectoryFilter.NONE)).isEmpty();
        assertThat(DirectoryFilterParameters.filter(Map.of())).isEqualTo(DirectoryFilter.NONE);
    }

    @Test
    void valuesThatDoNotParseAreIgnoredAndTheRestStillApplies() {
        var filter = DirectoryFilterParameters.filter(Map.of(
                "industry", List.of("NOT_AN_INDUSTRY"),
                "size", List.of("LARGE", "HUGE", ""),
                "tier", List.of("first"),
                "minAsks", List.of("-1"),
                "usedAfter", List.of("31.12.2025"),
                "stale", List.of("yes"),
                "region", List.of("APAC"),
                "unknown", List.of("x")));

        assertThat(filter).isEqualTo(DirectoryFilter.NONE.withRegion(Region.APAC)
                .withSizeBands(Set.of(SizeBand.LARGE)));
    }
}
