package org.peerproof.domain.ask;

import java.time.Instant;
import java.time.LocalDate;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * An ask as the advocate may see it: the prospect's profile and what is wanted by when, never the
 * prospect's name, the confidential deal amount or the salesperson's internal notes (the model has no
 * advocate-facing brief text; the brief goes out by email).
 */
public record AdvocateAskView(Long id, AskStatus status, ActivityTypeCode activityType, Industry prospectIndustry,
                              SizeBand prospectSize, Region prospectRegion, String useCase, LocalDate neededBy,
                              Instant askedAt, Instant expiresAt, Instant respondedAt, String declineReason,
                              Instant scheduledAt) {

    public static AdvocateAskView of(Ask ask) {
        var request = ask.getRequest();
        return new AdvocateAskView(ask.getId(), ask.getStatus(), request.getActivityType(),
                request.getProspectIndustry(), request.getSizeBand(), request.getRegion(),
                request.getUseCase() == null ? null : request.getUseCase().getName(), request.getNeededBy(),
                ask.getAskedAt(), ask.getExpiresAt(), ask.getRespondedAt(), ask.getDeclineReason(),
                ask.getScheduledAt());
    }
}
