package org.peerproof.domain.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.shared.VersionedEntity;

/** A benefit given to one advocate, tracked from offer to delivery. */
@Entity
@Table(name = "benefit_grant")
public class BenefitGrant extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate advocate;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "benefit_id")
    private Benefit benefit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private GrantStatus status;

    @PositiveOrZero
    @Column(name = "grant_value", precision = 12, scale = 2)
    private BigDecimal value;

    /** Keycloak username of the staff member who approved the grant. */
    @NotBlank
    @Size(max = 100)
    private String approvedBy;

    @NotNull
    private Instant offeredAt;

    private Instant acceptedAt;

    private Instant deliveredAt;

    protected BenefitGrant() {
    }

    public BenefitGrant(Advocate advocate, Benefit benefit, BigDecimal value, String approvedBy, Instant offeredAt) {
        this.advocate = advocate;
        this.benefit = benefit;
        this.value = value;
        this.approvedBy = approvedBy;
        this.offeredAt = offeredAt;
        this.status = GrantStatus.OFFERED;
    }

    public void accept(Instant at) {
        requireStatus(GrantStatus.OFFERED);
        this.status = GrantStatus.ACCEPTED;
        this.acceptedAt = at;
    }

    public void deliver(Instant at) {
        requireStatus(GrantStatus.ACCEPTED);
        this.status = GrantStatus.DELIVERED;
        this.deliveredAt = at;
    }

    private void requireStatus(GrantStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Grant " + getId() + " is " + status + ", expected " + expected);
        }
    }

    public Advocate getAdvocate() {
        return advocate;
    }

    public Benefit getBenefit() {
        return benefit;
    }

    public GrantStatus getStatus() {
        return status;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
