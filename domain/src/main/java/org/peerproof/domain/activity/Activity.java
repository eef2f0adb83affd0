package org.peerproof.domain.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.matching.MatchIndexListener;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.shared.VersionedEntity;

/**
 * A reference interaction an advocate has done, formal (from an ask) or informal (logged by anyone).
 * Activities are the history that rest periods, tier commitments, rewards and metrics count.
 */
@Entity
@Table(name = "activity")
@EntityListeners(MatchIndexListener.class)
public class Activity extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate advocate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type_code", length = 30)
    private ActivityTypeCode type;

    @NotNull
    private LocalDate occurredOn;

    /** The type's weight when the activity happened, so re-weighting types does not rewrite history. */
    @Positive
    private int effortWeight;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reference_request_id")
    private ReferenceRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ask_id")
    private Ask ask;

    @Size(max = 64)
    private String opportunityId;

    /** Keycloak username of whoever logged it. */
    @NotBlank
    @Size(max = 100)
    private String loggedBy;

    @Size(max = 2000)
    private String notes;

    @NotNull
    private Instant createdAt;

    protected Activity() {
    }

    public Activity(Advocate advocate, ActivityType type, LocalDate occurredOn, String loggedBy, Instant createdAt) {
        this.advocate = advocate;
        this.type = type.getCode();
        this.effortWeight = type.getEffortWeight();
        this.occurredOn = occurredOn;
        this.loggedBy = loggedBy;
        this.createdAt = createdAt;
    }

    /** An activity that fulfils an ask; it inherits the ask's request and opportunity. */
    public static Activity fulfilling(Ask ask, ActivityType type, LocalDate occurredOn, String loggedBy, Instant createdAt) {
        var activity = new Activity(ask.getAdvocate(), type, occurredOn, loggedBy, createdAt);
        activity.ask = ask;
        activity.request = ask.getRequest();
        activity.opportunityId = ask.getRequest().getOpportunityId();
        return activity;
    }

    public Advocate getAdvocate() {
        return advocate;
    }

    public ActivityTypeCode getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public int getEffortWeight() {
        return effortWeight;
    }

    public ReferenceRequest getRequest() {
        return request;
    }

    public Ask getAsk() {
        return ask;
    }

    public String getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(String opportunityId) {
        this.opportunityId = opportunityId;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
