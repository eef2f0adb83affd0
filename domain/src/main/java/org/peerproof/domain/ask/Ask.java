package org.peerproof.domain.ask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.matching.MatchIndexListener;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.shared.ChangeStamped;
import org.peerproof.domain.shared.VersionedEntity;

/** One reference request offered to one advocate, from the offer to the call and its feedback. */
@Entity
@Table(name = "ask")
@EntityListeners(MatchIndexListener.class)
public class Ask extends VersionedEntity implements ChangeStamped {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reference_request_id")
    private ReferenceRequest request;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate advocate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AskStatus status;

    /** When the ask was put to the advocate; the quarterly cap counts by this instant. */
    @NotNull
    private Instant askedAt;

    /** Fixed when the ask is made, so later changes to the expiry setting do not move it. */
    @NotNull
    private Instant expiresAt;

    private Instant respondedAt;

    @Size(max = 500)
    private String declineReason;

    private Instant scheduledAt;

    private Instant advocateBriefSentAt;

    private Instant prospectBriefSentAt;

    private Instant thankYouSentAt;

    /** When the one reminder before expiry went into the outbox. */
    private Instant reminderSentAt;

    private Boolean callHappened;

    @Size(max = 2000)
    private String prospectFeedback;

    /** The prospect's 0-10 rating of the reference, for the reference NPS. */
    @Min(0)
    @Max(10)
    private Integer prospectScore;

    /** Last write, e.g. a withdrawal, which frees a slot of the advocate's quarterly cap (ADR 0004). */
    private Instant changedAt;

    protected Ask() {
    }

    public Ask(ReferenceRequest request, Advocate advocate, Instant askedAt, Instant expiresAt) {
        this.request = request;
        this.advocate = advocate;
        this.askedAt = askedAt;
        this.expiresAt = expiresAt;
        this.status = AskStatus.PENDING;
    }

    public void accept(Instant at) {
        respond(AskStatus.ACCEPTED, at);
    }

    public void decline(String reason, Instant at) {
        respond(AskStatus.DECLINED, at);
        this.declineReason = reason;
    }

    public void expire() {
        moveTo(AskStatus.EXPIRED, Set.of(AskStatus.PENDING));
    }

    public void withdraw() {
        moveTo(AskStatus.WITHDRAWN, Set.of(AskStatus.PENDING, AskStatus.ACCEPTED));
    }

    public void complete() {
        moveTo(AskStatus.COMPLETED, Set.of(AskStatus.ACCEPTED));
    }

    private void respond(AskStatus answer, Instant at) {
        moveTo(answer, Set.of(AskStatus.PENDING));
        this.respondedAt = at;
    }

    private void moveTo(AskStatus target, Set<AskStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw new IllegalStateException("Ask " + getId() + " cannot go from " + status + " to " + target);
        }
        this.status = target;
    }

    /**
     * Whether the advocate said yes to it: accepted, completed, or withdrawn by staff after they accepted (an
     * accepted ask keeps its answer time when withdrawn; a pending one has none).
     */
    public boolean wasAccepted() {
        return AskStatus.takingASlot().contains(status) || (status == AskStatus.WITHDRAWN && respondedAt != null);
    }

    public void schedule(Instant at) {
        this.scheduledAt = at;
    }

    public void advocateBriefSent(Instant at) {
        this.advocateBriefSentAt = at;
    }

    public void prospectBriefSent(Instant at) {
        this.prospectBriefSentAt = at;
    }

    public void thankYouSent(Instant at) {
        this.thankYouSentAt = at;
    }

    public void recordFeedback(boolean callHappened, String prospectFeedback, Integer prospectScore) {
        this.callHappened = callHappened;
        this.prospectFeedback = prospectFeedback;
        this.prospectScore = prospectScore;
    }

    public ReferenceRequest getRequest() {
        return request;
    }

    public Advocate getAdvocate() {
        return advocate;
    }

    public AskStatus getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getAdvocateBriefSentAt() {
        return advocateBriefSentAt;
    }

    public Instant getProspectBriefSentAt() {
        return prospectBriefSentAt;
    }

    public Instant getThankYouSentAt() {
        return thankYouSentAt;
    }

    public Boolean getCallHappened() {
        return callHappened;
    }

    public String getProspectFeedback() {
        return prospectFeedback;
    }

    public Integer getProspectScore() {
        return prospectScore;
    }

    public void reminderSent(Instant at) {
        this.reminderSentAt = at;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    @Override
    public void stampChange(Instant at) {
        this.changedAt = at;
    }
}
