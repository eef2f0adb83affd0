package org.peerproof.domain.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/** A reference request as staff see it in lists. */
public record StaffRequestView(Long id, String opportunityId, String prospectCompany, Industry prospectIndustry,
                               SizeBand sizeBand, Region region, ActivityTypeCode activityType, LocalDate neededBy,
                               RequestStatus status, String requestedBy, BigDecimal dealAmount, Instant createdAt) {

    static StaffRequestView of(ReferenceRequest request) {
        return new StaffRequestView(request.getId(), request.getOpportunityId(), request.getProspectCompany(),
                request.getProspectIndustry(), request.getSizeBand(), request.getRegion(), request.getActivityType(),
                request.getNeededBy(), request.getStatus(), request.getRequestedBy(), request.getDealAmount(),
                request.getCreatedAt());
    }
}
