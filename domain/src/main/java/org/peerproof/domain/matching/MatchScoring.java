package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.peerproof.domain.calendar.DateRange;

/**
 * Rule 3 (docs/domain.md): how well an advocate fits a reference request, criterion by criterion, and the order to
 * offer advocates in. The one place the ranking lives; the matching service and the demo data both use it.
 *
 * <h2>Weights</h2>
 * <table>
 *   <caption>Points per criterion (100 when the request names everything)</caption>
 *   <tr><th>criterion</th><th>full</th><th>partial</th></tr>
 *   <tr><td>industry</td><td>{@value #INDUSTRY_POINTS}</td><td>-</td></tr>
 *   <tr><td>products: share of requested products the advocate uses</td><td>{@value #PRODUCT_POINTS}</td>
 *       <td>the same share of the points, rounded down</td></tr>
 *   <tr><td>use case: share of requested use cases the advocate speaks to</td><td>{@value #USE_CASE_POINTS}</td>
 *       <td>as for products</td></tr>
 *   <tr><td>size band</td><td>{@value #SIZE_BAND_POINTS}</td>
 *       <td>{@value #NEIGHBOURING_SIZE_BAND_POINTS} for the neighbouring band</td></tr>
 *   <tr><td>region</td><td>{@value #REGION_POINTS}</td><td>-</td></tr>
 *   <tr><td>language: the advocate speaks the request's language</td><td>{@value #LANGUAGE_POINTS}</td><td>-</td></tr>
 *   <tr><td>persona: the advocate is the preferred persona</td><td>{@value #PERSONA_POINTS}</td><td>-</td></tr>
 * </table>
 * Industry outweighs all other criteria together (52 against 48): prospects want to hear from a peer, so an
 * advocate from the prospect's industry always ranks above one from another industry, and other industries only
 * lead the list when no peer is available. Among peers, what they use and do counts more than where and how big
 * they are. A criterion the request leaves open (no products, use case, language or persona) scores 0 of 0 for
 * everyone, so it does not change the order.
 * <p>
 * People see the score as {@link MatchScore#percent()}, scaled to the criteria the request asked for: an advocate who
 * fits everything asked scores 100 even when the request left products, use case, language and persona open (66 of
 * 66 points). Ranking uses the points, which within one request order advocates the same way.
 *
 * <h2>Ties</h2>
 * Equal totals go to the advocate asked least in the {@linkplain #usageWindowEndingOn(LocalDate) last 12 months},
 * so the work spreads across the program, then to the lower advocate id so the order is reproducible.
 *
 * <h2>Messages</h2>
 * {@link CriterionScore#messageKey()} is {@code match.<criterion>.<full|partial|none|notRequested>}; arguments:
 * industry, size band and region {@code {0}} the advocate's value, {@code {1}} the prospect's; products and use case
 * {@code {0}} how many requested ones the advocate has, {@code {1}} how many were requested; language {@code {0}}
 * the requested language as a {@link Locale}, for the reader's language name of it; persona {@code {0}} the preferred persona. Open criteria have no arguments.
 */
public final class MatchScoring {

    public static final int INDUSTRY_POINTS = 52;
    public static final int PRODUCT_POINTS = 14;
    public static final int USE_CASE_POINTS = 10;
    public static final int SIZE_BAND_POINTS = 8;
    public static final int NEIGHBOURING_SIZE_BAND_POINTS = SIZE_BAND_POINTS / 2;
    public static final int REGION_POINTS = 6;
    public static final int LANGUAGE_POINTS = 6;
    public static final int PERSONA_POINTS = 4;

    private static final int USAGE_WINDOW_MONTHS = 12;

    /** Highest total first; ties to the least-used advocate, then to the lower advocate id. */
    public static final Comparator<ScoredAdvocate> BEST_FIRST = Comparator
            .comparingInt((ScoredAdvocate scored) -> scored.score().total()).reversed()
            .thenComparingInt(scored -> scored.advocate().asksInUsageWindow())
            .thenComparingLong(scored -> scored.advocate().advocateId());

    private MatchScoring() {
    }

    /** The 12 months ending on {@code askDate}, both ends included, in which usage is counted for tie-breaks. */
    public static DateRange usageWindowEndingOn(LocalDate askDate) {
        Objects.requireNonNull(askDate, "askDate");
        return new DateRange(askDate.minusMonths(USAGE_WINDOW_MONTHS).plusDays(1), askDate);
    }

    /** Scores every criterion for one advocate; the breakdown lists them in {@link MatchCriterion} order. */
    public static MatchScore score(ProspectProfile prospect, AdvocateFitProfile advocate) {
        Objects.requireNonNull(prospect, "prospect");
        Objects.requireNonNull(advocate, "advocate");
        return new MatchScore(List.of(
                new CriterionScore(MatchCriterion.INDUSTRY,
                        advocate.industry() == prospect.industry() ? INDUSTRY_POINTS : 0, INDUSTRY_POINTS,
                        List.of(advocate.industry(), prospect.industry())),
                new CriterionScore(MatchCriterion.SIZE_BAND,
                        sizeBandPoints(advocate.sizeBand().distanceTo(prospect.sizeBand())), SIZE_BAND_POINTS,
                        List.of(advocate.sizeBand(), prospect.sizeBand())),
                new CriterionScore(MatchCriterion.REGION,
                        advocate.region() == prospect.region() ? REGION_POINTS : 0, REGION_POINTS,
                        List.of(advocate.region(), prospect.region())),
                overlap(MatchCriterion.PRODUCTS, PRODUCT_POINTS, prospect.productIds(), advocate.productIds()),
                overlap(MatchCriterion.USE_CASE, USE_CASE_POINTS, prospect.useCaseIds(), advocate.useCaseIds()),
                prospect.languageCode() == null
                        ? notRequested(MatchCriterion.LANGUAGE)
                        : new CriterionScore(MatchCriterion.LANGUAGE,
                                advocate.languages().contains(prospect.languageCode()) ? LANGUAGE_POINTS : 0,
                                LANGUAGE_POINTS, List.of(Locale.forLanguageTag(prospect.languageCode()))),
                prospect.preferredPersona() == null
                        ? notRequested(MatchCriterion.PERSONA)
                        : new CriterionScore(MatchCriterion.PERSONA,
                                advocate.persona() == prospect.preferredPersona() ? PERSONA_POINTS : 0,
                                PERSONA_POINTS, List.of(prospect.preferredPersona()))));
    }

    /** Scores each advocate and returns them {@link #BEST_FIRST}. */
    public static List<ScoredAdvocate> rank(ProspectProfile prospect, Collection<AdvocateFitProfile> advocates) {
        Objects.requireNonNull(advocates, "advocates");
        return advocates.stream()
                .map(advocate -> new ScoredAdvocate(advocate, score(prospect, advocate)))
                .sorted(BEST_FIRST)
                .toList();
    }

    private static int sizeBandPoints(int bandsApart) {
        return switch (bandsApart) {
            case 0 -> SIZE_BAND_POINTS;
            case 1 -> NEIGHBOURING_SIZE_BAND_POINTS;
            default -> 0;
        };
    }

    /** Points for the share of {@code requested} the advocate has. */
    private static CriterionScore overlap(MatchCriterion criterion, int maxPoints, Set<Long> requested,
                                          Set<Long> advocateHas) {
        if (requested.isEmpty()) {
            return notRequested(criterion);
        }
        int shared = (int) requested.stream().filter(advocateHas::contains).count();
        return new CriterionScore(criterion, maxPoints * shared / requested.size(), maxPoints,
                List.of(shared, requested.size()));
    }

    private static CriterionScore notRequested(MatchCriterion criterion) {
        return new CriterionScore(criterion, 0, 0, List.of());
    }
}
