package org.peerproof.domain.matching;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.Persona;

/**
 * An advocate as {@link MatchScoring} compares them with a request, plus what breaks ties.
 *
 * @param advocateId       the advocate's id, the last tie-break
 * @param industry         industry of the advocate's account
 * @param sizeBand         size of the advocate's account
 * @param region           region of the advocate's account
 * @param productIds       products the advocate uses
 * @param useCaseIds       use cases the advocate can speak to
 * @param languages        ISO 639 codes the advocate speaks
 * @param persona          the advocate's persona, or {@code null} when not known
 * @param asksInUsageWindow asks put to the advocate within {@link MatchScoring#usageWindowEndingOn}, counted as
 *                         for the quarterly cap; fewer wins a tie
 */
public record AdvocateFitProfile(long advocateId, Industry industry, SizeBand sizeBand, Region region,
                                 Set<Long> productIds, Set<Long> useCaseIds, Set<String> languages, Persona persona,
                                 int asksInUsageWindow) {

    public AdvocateFitProfile {
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(sizeBand, "sizeBand");
        Objects.requireNonNull(region, "region");
        productIds = Set.copyOf(Objects.requireNonNull(productIds, "productIds"));
        useCaseIds = Set.copyOf(Objects.requireNonNull(useCaseIds, "useCaseIds"));
        languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
        if (asksInUsageWindow < 0) {
            throw new IllegalArgumentException("Asks must not be negative but were " + asksInUsageWindow);
        }
    }

    /**
     * The profile of a stored advocate; reads their account, products, use cases and languages.
     *
     * @throws NullPointerException if the advocate has no account yet (they cannot be matched without one)
     */
    public static AdvocateFitProfile of(Advocate advocate, int asksInUsageWindow) {
        var account = Objects.requireNonNull(advocate.getAccount(), "account");
        return new AdvocateFitProfile(advocate.getId(), account.getIndustry(), account.getSizeBand(),
                account.getRegion(),
                advocate.getProductsUsed().stream().map(Product::getId).collect(Collectors.toSet()),
                advocate.getUseCases().stream().map(UseCase::getId).collect(Collectors.toSet()),
                advocate.getLanguages(), advocate.getPersona(), asksInUsageWindow);
    }
}
