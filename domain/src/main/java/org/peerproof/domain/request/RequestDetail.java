package org.peerproof.domain.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.AskStatus;

/** One reference request with everything its owner and program staff see: prospect data, timestamps, its asks. */
public record RequestDetail(Long id, String opportunityId, String prospectCompany, Industry prospectIndustry,
                            SizeBand sizeBand, Region region, List<String> products, String useCase,
                            Persona preferredPersona, String languageCode, DealStage dealStage, BigDecimal dealAmount,
                            ActivityTypeCode activityType, LocalDate neededBy, String notes, RequestStatus status,
                            String requestedBy, Instant createdAt, Instant firstMatchedAt, Instant fulfilledAt,
                            List<RequestAsk> asks) {

    /**
     * One ask of the request. Sales see who was asked only once the advocate said yes (DESIGN.md: matched
     * advocates' profile only after approval); until then advocate name and company are {@code null} for them,
     * as is a decline reason, which the advocate gave to the program, not to sales.
     */
    public record RequestAsk(Long askId, AskStatus status, String advocateName, String advocateCompany,
                             Instant askedAt, Instant expiresAt, Instant respondedAt, String declineReason,
                             Boolean callHappened, String prospectFeedback, Integer prospectScore) {
    }
}
