package org.peerproof.domain.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * An ask as the advocate may see it: the prospect as {@link AdvocateProspect} allows (its name only once they
 * accepted), the brief (activity, use case, products, by when), the agreed time, whom to contact and what to do
 * next; never the confidential deal amount or the salesperson's internal notes.
 *
 * @param scheduledAt  the agreed time of the call or activity, {@code null} while none is agreed
 * @param staffContact the salesperson's address to write to about it, {@code null} when the request names none
 */
public record AdvocateAskView(Long id, AskStatus status, ActivityTypeCode activityType, AdvocateProspect prospect,
                              String useCase, List<String> products, LocalDate neededBy, Instant askedAt,
                              Instant expiresAt, Instant respondedAt, String declineReason, Instant scheduledAt,
                              String staffContact, AskNextStep nextStep) {

    public AdvocateAskView {
        products = List.copyOf(products);
    }

    public static AdvocateAskView of(Ask ask) {
        var request = ask.getRequest();
        return new AdvocateAskView(ask.getId(), ask.getStatus(), request.getActivityType(), AdvocateProspect.of(ask),
                request.getUseCase() == null ? null : request.getUseCase().getName(),
                request.getProducts().stream().map(product -> product.getName()).sorted().toList(),
                request.getNeededBy(), ask.getAskedAt(), ask.getExpiresAt(), ask.getRespondedAt(),
                ask.getDeclineReason(), ask.getScheduledAt(), Requester.emailOf(request).orElse(null),
                AskNextStep.of(ask.getStatus(), ask.getScheduledAt() != null));
    }

    /**
     * The ask as it stands at {@code now}: a pending ask past its answer-by time is over, like an expired one, even
     * before the expiry job has caught up.
     */
    AdvocateAskView asOf(Instant now) {
        return status == AskStatus.PENDING && !expiresAt.isAfter(now) ? lapsed() : this;
    }

    private AdvocateAskView lapsed() {
        return new AdvocateAskView(id, AskStatus.EXPIRED, activityType, prospect, useCase, products, neededBy, askedAt,
                expiresAt, respondedAt, declineReason, scheduledAt, staffContact, AskNextStep.NONE);
    }

    /** When it last moved: the advocate's answer, else its expiry for an expired one, else when it was asked. */
    public Instant lastMovedAt() {
        if (respondedAt != null) {
            return respondedAt;
        }
        return status == AskStatus.EXPIRED ? expiresAt : askedAt;
    }
}
