package org.peerproof.domain.matching;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.request.ReferenceRequest;

/**
 * What a reference request asks for, as {@link MatchScoring} compares it.
 *
 * @param industry         the prospect's industry
 * @param sizeBand         the prospect's size
 * @param region           the prospect's region
 * @param productIds       products the prospect is buying; empty when none were named
 * @param useCaseIds       use cases the prospect cares about; empty when none were named
 * @param languageCode     ISO 639 code the conversation should be in, or {@code null} for any
 * @param preferredPersona who the prospect would like to hear from, or {@code null} for anyone
 */
public record ProspectProfile(Industry industry, SizeBand sizeBand, Region region, Set<Long> productIds,
                              Set<Long> useCaseIds, String languageCode, Persona preferredPersona) {

    public ProspectProfile {
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(sizeBand, "sizeBand");
        Objects.requireNonNull(region, "region");
        productIds = Set.copyOf(Objects.requireNonNull(productIds, "productIds"));
        useCaseIds = Set.copyOf(Objects.requireNonNull(useCaseIds, "useCaseIds"));
    }

    /** The profile of a stored request; reads its products and use case. */
    public static ProspectProfile of(ReferenceRequest request) {
        var useCase = request.getUseCase();
        return new ProspectProfile(request.getProspectIndustry(), request.getSizeBand(), request.getRegion(),
                request.getProducts().stream().map(Product::getId).collect(Collectors.toSet()),
                useCase == null ? Set.of() : Set.of(useCase.getId()),
                request.getLanguageCode(), request.getPreferredPersona());
    }
}
