package org.peerproof.domain.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * A reference request as staff see it in lists: {@code status} is the request's own lifecycle status,
 * {@code progress} where it stands with its asks (what the queue shows).
 */
public record StaffRequestView(Long id, String opportunityId, String prospectCompany, Industry prospectIndustry,
                               SizeBand sizeBand, Region region, ActivityTypeCode activityType, LocalDate neededBy,
                               RequestStatus status, RequestProgress progress, DealStage dealStage,
                               String requestedBy, BigDecimal dealAmount, Instant createdAt) {

    static StaffRequestView of(ReferenceRequest request, RequestProgress progress) {
        return new StaffRequestView(request.getId(), request.getOpportunityId(), request.getProspectCompany(),
                request.getProspectIndustry(), request.getSizeBand(), request.getRegion(), request.getActivityType(),
                request.getNeededBy(), request.getStatus(), progress, request.getDealStage(), request.getRequestedBy(),
                request.getDealAmount(), request.getCreatedAt());
    }
}
