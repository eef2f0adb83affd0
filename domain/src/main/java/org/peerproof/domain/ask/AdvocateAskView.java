package org.peerproof.domain.ask;

import java.time.Instant;
import java.time.LocalDate;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * An ask as the advocate may see it: the prospect's profile and what is wanted by when, never the
 * prospect's name or the confidential deal amount.
 */
public record AdvocateAskView(Long id, AskStatus status, ActivityTypeCode activityType, Industry prospectIndustry,
                              SizeBand prospectSize, Region prospectRegion, LocalDate neededBy, Instant askedAt,
                              Instant expiresAt, Instant respondedAt) {

    static AdvocateAskView of(Ask ask) {
        var request = ask.getRequest();
        return new AdvocateAskView(ask.getId(), ask.getStatus(), request.getActivityType(),
                request.getProspectIndustry(), request.getSizeBand(), request.getRegion(), request.getNeededBy(),
                ask.getAskedAt(), ask.getExpiresAt(), ask.getRespondedAt());
    }
}
