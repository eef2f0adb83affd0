package org.peerproof.domain.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.AskStatus;

/**
 * One reference request with everything its owner and program staff see: prospect data, timestamps, its asks.
 * {@code status} is the request's own lifecycle status, {@code progress} where it stands with its asks (what the
 * queue shows and what the next step is).
 */
public record RequestDetail(Long id, String opportunityId, String prospectCompany, Industry prospectIndustry,
                            SizeBand sizeBand, Region region, List<String> products, String useCase,
                            Persona preferredPersona, String languageCode, DealStage dealStage, BigDecimal dealAmount,
                            ActivityTypeCode activityType, LocalDate neededBy, String notes, RequestStatus status,
                            RequestProgress progress, String requestedBy, Instant createdAt, Instant firstMatchedAt,
                            Instant fulfilledAt, List<RequestAsk> asks) {

    /**
     * One ask of the request. Sales see who was asked, and how to reach them, only once the advocate said yes
     * (matched advocates' profiles only after approval); until then the advocate's fields are {@code null} for
     * them, as is a decline reason, which the advocate gave to the program, not to sales.
     *
     * @param preferredChannel how the advocate likes to take part in this request's activity, if they said
     * @param advocateTimeZone the advocate's zone id, to agree a time in their day
     * @param scheduledAt      the agreed call time, once someone set it
     * @param briefSentAt      when the advocate's brief went out
     */
    public record RequestAsk(Long askId, AskStatus status, String advocateName, String advocateCompany,
                             String advocateTitle, String advocateEmail, String advocatePhone,
                             ContactChannel preferredChannel, String advocateTimeZone, Instant askedAt,
                             Instant expiresAt, Instant respondedAt, Instant scheduledAt, Instant briefSentAt,
                             String declineReason, Boolean callHappened, String prospectFeedback,
                             Integer prospectScore) {
    }
}
