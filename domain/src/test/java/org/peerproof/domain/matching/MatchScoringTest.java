package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.peerproof.domain.matching.MatchCriterion.INDUSTRY;
import static org.peerproof.domain.matching.MatchCriterion.LANGUAGE;
import static org.peerproof.domain.matching.MatchCriterion.PERSONA;
import static org.peerproof.domain.matching.MatchCriterion.PRODUCTS;
import static org.peerproof.domain.matching.MatchCriterion.REGION;
import static org.peerproof.domain.matching.MatchCriterion.SIZE_BAND;
import static org.peerproof.domain.matching.MatchCriterion.USE_CASE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.calendar.DateRange;

class MatchScoringTest {

    /** A mid-market SaaS prospect in EMEA buying products 1 and 2 for use case 10, in German, wanting an IT voice. */
    private static final ProspectProfile SAAS_PROSPECT = new ProspectProfile(Industry.SOFTWARE_SAAS,
            SizeBand.MID_MARKET, Region.EMEA, Set.of(1L, 2L), Set.of(10L), "de", Persona.IT);

    /** An advocate who fits {@link #SAAS_PROSPECT} on every criterion. */
    private static final AdvocateFitProfile PERFECT_FIT = new AdvocateFitProfile(1, Industry.SOFTWARE_SAAS,
            SizeBand.MID_MARKET, Region.EMEA, Set.of(1L, 2L, 3L), Set.of(10L, 11L), Set.of("de", "en"), Persona.IT, 0);

    static Stream<Arguments> criteria() {
        return Stream.of(
                row("industry same", INDUSTRY, fit -> fit, 52, 52, "match.industry.full",
                        List.of(Industry.SOFTWARE_SAAS, Industry.SOFTWARE_SAAS)),
                row("industry different", INDUSTRY, fit -> fit.industry(Industry.MANUFACTURING), 0, 52,
                        "match.industry.none", List.of(Industry.MANUFACTURING, Industry.SOFTWARE_SAAS)),
                row("size same band", SIZE_BAND, fit -> fit, 8, 8, "match.sizeBand.full",
                        List.of(SizeBand.MID_MARKET, SizeBand.MID_MARKET)),
                row("size band below", SIZE_BAND, fit -> fit.sizeBand(SizeBand.SMALL), 4, 8,
                        "match.sizeBand.partial", List.of(SizeBand.SMALL, SizeBand.MID_MARKET)),
                row("size band above", SIZE_BAND, fit -> fit.sizeBand(SizeBand.LARGE), 4, 8,
                        "match.sizeBand.partial", List.of(SizeBand.LARGE, SizeBand.MID_MARKET)),
                row("size two bands apart", SIZE_BAND, fit -> fit.sizeBand(SizeBand.ENTERPRISE), 0, 8,
                        "match.sizeBand.none", List.of(SizeBand.ENTERPRISE, SizeBand.MID_MARKET)),
                row("region same", REGION, fit -> fit, 6, 6, "match.region.full", List.of(Region.EMEA, Region.EMEA)),
                row("region different", REGION, fit -> fit.region(Region.APAC), 0, 6, "match.region.none",
                        List.of(Region.APAC, Region.EMEA)),
                row("products all", PRODUCTS, fit -> fit, 14, 14, "match.products.full", List.of(2, 2)),
                row("products half", PRODUCTS, fit -> fit.products(2L, 7L), 7, 14, "match.products.partial",
                        List.of(1, 2)),
                row("products none", PRODUCTS, fit -> fit.products(7L), 0, 14, "match.products.none",
                        List.of(0, 2)),
                row("use case shared", USE_CASE, fit -> fit, 10, 10, "match.useCase.full", List.of(1, 1)),
                row("use case not shared", USE_CASE, fit -> fit.useCases(12L), 0, 10, "match.useCase.none",
                        List.of(0, 1)),
                row("language spoken", LANGUAGE, fit -> fit, 6, 6, "match.language.full", List.of(Locale.GERMAN)),
                row("language not spoken", LANGUAGE, fit -> fit.languages("en", "fr"), 0, 6, "match.language.none",
                        List.of(Locale.GERMAN)),
                row("persona preferred", PERSONA, fit -> fit, 4, 4, "match.persona.full", List.of(Persona.IT)),
                row("persona other", PERSONA, fit -> fit.persona(Persona.FINANCE), 0, 4, "match.persona.none",
                        List.of(Persona.IT)),
                row("persona unknown", PERSONA, fit -> fit.persona(null), 0, 4, "match.persona.none",
                        List.of(Persona.IT)));
    }

    /** One table row: the perfect fit changed by {@code change}, and how {@code criterion} should score it. */
    private static Arguments row(String name, MatchCriterion criterion, UnaryOperator<FitBuilder> change, int points,
                                 int maxPoints, String messageKey, List<Object> arguments) {
        var advocate = change.apply(with(PERFECT_FIT)).build();
        return argumentSet(name, criterion, advocate, points, maxPoints, messageKey, arguments);
    }

    @ParameterizedTest
    @MethodSource("criteria")
    void scoresEachCriterionFullPartialOrNone(MatchCriterion criterion, AdvocateFitProfile advocate, int points,
                                              int maxPoints, String messageKey, List<Object> arguments) {
        var score = MatchScoring.score(SAAS_PROSPECT, advocate).of(criterion);

        assertThat(score.points()).isEqualTo(points);
        assertThat(score.maxPoints()).isEqualTo(maxPoints);
        assertThat(score.messageKey()).isEqualTo(messageKey);
        assertThat(score.messageArguments()).containsExactlyElementsOf(arguments);
    }

    @Test
    void productShareIsRoundedDown() {
        var threeProducts = new ProspectProfile(Industry.SOFTWARE_SAAS, SizeBand.MID_MARKET, Region.EMEA,
                Set.of(1L, 2L, 3L), Set.of(), null, null);
        var usesOne = with(PERFECT_FIT).products(1L).build();

        var products = MatchScoring.score(threeProducts, usesOne).of(PRODUCTS);

        assertThat(products.points()).isEqualTo(4); // 14 / 3, rounded down
        assertThat(products.messageKey()).isEqualTo("match.products.partial");
    }

    @Test
    void criteriaTheRequestLeavesOpenScoreNothingOfNothing() {
        var openRequest = new ProspectProfile(Industry.SOFTWARE_SAAS, SizeBand.MID_MARKET, Region.EMEA,
                Set.of(), Set.of(), null, null);

        var score = MatchScoring.score(openRequest, PERFECT_FIT);

        for (var open : List.of(PRODUCTS, USE_CASE, LANGUAGE, PERSONA)) {
            assertThat(score.of(open)).isEqualTo(new CriterionScore(open, 0, 0, List.of()));
            assertThat(score.of(open).messageKey()).endsWith(".notRequested");
        }
        assertThat(score.total()).isEqualTo(score.maxTotal()).isEqualTo(52 + 8 + 6);
    }

    @Test
    void aPerfectFitOnEverythingAnOpenRequestAskedScoresOneHundredPercent() {
        var openRequest = new ProspectProfile(Industry.SOFTWARE_SAAS, SizeBand.MID_MARKET, Region.EMEA,
                Set.of(), Set.of(), null, null);

        var perfect = MatchScoring.score(openRequest, PERFECT_FIT);
        var neighbouringSize = MatchScoring.score(openRequest, with(PERFECT_FIT).sizeBand(SizeBand.SMALL).build());

        assertThat(perfect.total()).isEqualTo(66);
        assertThat(perfect.percent()).as("66 of the 66 points this request lets anyone earn").isEqualTo(100);
        assertThat(neighbouringSize.percent()).as("62 of 66").isEqualTo(94);
        assertThat(MatchScoring.score(SAAS_PROSPECT, PERFECT_FIT).percent()).isEqualTo(100);
        assertThat(MatchScoring.score(openRequest, with(PERFECT_FIT).industry(Industry.RETAIL)
                .region(Region.APAC).sizeBand(SizeBand.ENTERPRISE).build()).percent()).isZero();
    }

    @Test
    void thePercentFollowsTheRankingWithinARequest() {
        var random = new Random(7);
        var advocates = new ArrayList<AdvocateFitProfile>();
        for (int id = 1; id <= 200; id++) {
            advocates.add(new AdvocateFitProfile(id, pick(random, Industry.values()), pick(random, SizeBand.values()),
                    pick(random, Region.values()), Set.of((long) random.nextInt(3)), Set.of(10L + random.nextInt(2)),
                    Set.of(pick(random, new String[] {"de", "en"})), pick(random, Persona.values()),
                    random.nextInt(5)));
        }
        for (var prospect : List.of(SAAS_PROSPECT, new ProspectProfile(Industry.SOFTWARE_SAAS, SizeBand.MID_MARKET,
                Region.EMEA, Set.of(1L), Set.of(), null, null))) {
            var percents = MatchScoring.rank(prospect, advocates).stream()
                    .map(scored -> scored.score().percent()).toList();
            assertThat(percents).isSortedAccordingTo(Collections.reverseOrder());
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void aPerfectFitScoresOneHundredWithEveryCriterionInOrder() {
        var score = MatchScoring.score(SAAS_PROSPECT, PERFECT_FIT);

        assertThat(score.total()).isEqualTo(100);
        assertThat(score.maxTotal()).isEqualTo(100);
        assertThat(score.criteria()).extracting(CriterionScore::criterion).containsExactly(MatchCriterion.values());
    }

    @Test
    void industryOutweighsEverythingElseTogether() {
        int allOthers = MatchScoring.PRODUCT_POINTS + MatchScoring.USE_CASE_POINTS + MatchScoring.SIZE_BAND_POINTS
                + MatchScoring.REGION_POINTS + MatchScoring.LANGUAGE_POINTS + MatchScoring.PERSONA_POINTS;
        assertThat(MatchScoring.INDUSTRY_POINTS).isGreaterThan(allOthers);
        assertThat(MatchScoring.INDUSTRY_POINTS)
                .isGreaterThan(MatchScoring.REGION_POINTS + MatchScoring.LANGUAGE_POINTS);
    }

    @Test
    void aSaasPeerFittingNothingElseOutranksAManufacturerFittingEverythingElse() {
        var saasPeer = new AdvocateFitProfile(2, Industry.SOFTWARE_SAAS, SizeBand.ENTERPRISE, Region.APAC,
                Set.of(9L), Set.of(99L), Set.of("ja"), Persona.FINANCE, 5);
        var manufacturer = with(PERFECT_FIT).industry(Industry.MANUFACTURING).build();

        assertThat(MatchScoring.rank(SAAS_PROSPECT, List.of(manufacturer, saasPeer)))
                .extracting(scored -> scored.advocate().advocateId())
                .containsExactly(2L, 1L);
    }

    @Test
    void industryMatchBeatsRegionAndLanguage() {
        var peerElsewhere = with(PERFECT_FIT).id(2).region(Region.APAC).languages("ja").build();
        var localManufacturer = with(PERFECT_FIT).id(3).industry(Industry.MANUFACTURING).build();

        var ranked = MatchScoring.rank(SAAS_PROSPECT, List.of(localManufacturer, peerElsewhere));

        assertThat(ranked).extracting(scored -> scored.advocate().advocateId()).containsExactly(2L, 3L);
    }

    @Test
    void tiesGoToTheLeastUsedAdvocateThenToTheLowerId() {
        var busy = with(PERFECT_FIT).id(1).usage(3).build();
        var idle = with(PERFECT_FIT).id(7).usage(0).build();
        var alsoIdle = with(PERFECT_FIT).id(5).usage(0).build();
        var weakerButUnused = with(PERFECT_FIT).id(2).usage(0).persona(Persona.FINANCE).build();

        var ranked = MatchScoring.rank(SAAS_PROSPECT, List.of(busy, idle, weakerButUnused, alsoIdle));

        assertThat(ranked).extracting(scored -> scored.advocate().advocateId()).containsExactly(5L, 7L, 1L, 2L);
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        var advocates = new ArrayList<AdvocateFitProfile>();
        for (int id = 1; id <= 40; id++) {
            advocates.add(with(PERFECT_FIT).id(id).usage(id % 3)
                    .sizeBand(SizeBand.values()[id % SizeBand.values().length])
                    .region(Region.values()[id % Region.values().length]).build());
        }
        var expected = MatchScoring.rank(SAAS_PROSPECT, advocates);

        var random = new Random(42);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(advocates, random);
            assertThat(MatchScoring.rank(SAAS_PROSPECT, advocates)).isEqualTo(expected);
        }
    }

    @Test
    void usageIsCountedOverTheTwelveMonthsEndingOnTheAskDate() {
        assertThat(MatchScoring.usageWindowEndingOn(LocalDate.parse("2026-05-13")))
                .isEqualTo(new DateRange(LocalDate.parse("2025-05-14"), LocalDate.parse("2026-05-13")));
    }

    private static FitBuilder with(AdvocateFitProfile profile) {
        return new FitBuilder(profile);
    }

    /** Changes one or two fields of a profile, so each test names only what it varies. */
    private static final class FitBuilder {
        private long id;
        private Industry industry;
        private SizeBand sizeBand;
        private Region region;
        private Set<Long> products;
        private Set<Long> useCases;
        private Set<String> languages;
        private Persona persona;
        private int usage;

        FitBuilder(AdvocateFitProfile from) {
            id = from.advocateId();
            industry = from.industry();
            sizeBand = from.sizeBand();
            region = from.region();
            products = from.productIds();
            useCases = from.useCaseIds();
            languages = from.languages();
            persona = from.persona();
            usage = from.asksInUsageWindow();
        }

        FitBuilder id(long value) {
            id = value;
            return this;
        }

        FitBuilder industry(Industry value) {
            industry = value;
            return this;
        }

        FitBuilder sizeBand(SizeBand value) {
            sizeBand = value;
            return this;
        }

        FitBuilder region(Region value) {
            region = value;
            return this;
        }

        FitBuilder products(Long... ids) {
            products = Set.of(ids);
            return this;
        }

        FitBuilder useCases(Long... ids) {
            useCases = Set.of(ids);
            return this;
        }

        FitBuilder languages(String... codes) {
            languages = Set.of(codes);
            return this;
        }

        FitBuilder persona(Persona value) {
            persona = value;
            return this;
        }

        FitBuilder usage(int asks) {
            usage = asks;
            return this;
        }

        AdvocateFitProfile build() {
            return new AdvocateFitProfile(id, industry, sizeBand, region, products, useCases, languages, persona,
                    usage);
        }
    }
}
