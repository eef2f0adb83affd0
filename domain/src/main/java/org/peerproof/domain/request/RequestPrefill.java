package org.peerproof.domain.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;

/** The prospect data of someone's latest request for an opportunity, to fill a new request for it in seconds. */
public record RequestPrefill(Instant filedAt, String prospectCompany, Industry prospectIndustry, SizeBand sizeBand, Region region,
                             Set<Long> productIds, Long useCaseId, DealStage dealStage, BigDecimal dealAmount) {

    static RequestPrefill of(ReferenceRequest request) {
        return new RequestPrefill(request.getCreatedAt(), request.getProspectCompany(), request.getProspectIndustry(), request.getSizeBand(),
                request.getRegion(),
                Set.copyOf(request.getProducts().stream().map(Product::getId).toList()),
                request.getUseCase() == null ? null : request.getUseCase().getId(), request.getDealStage(),
                request.getDealAmount());
    }
}
