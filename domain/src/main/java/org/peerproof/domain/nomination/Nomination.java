package org.peerproof.domain.nomination;

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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.shared.VersionedEntity;

/**
 * A suggestion that someone join the program. The nominee is an {@link Advocate} record in status NOMINATED,
 * so their profile is captured once and carries over when they join.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate nominee;

    /** Keycloak username of the nominating staff member (usually the CSM). */
    @NotBlank
    @Size(max = 100)
    private String nominatedBy;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private NominationStatus status;

    @NotNull
    private Instant createdAt;

    /** Keycloak username of the program manager who invited or rejected the nominee. */
    @Size(max = 100)
    private String decidedBy;

    private Instant decidedAt;

    /** Why the nomination was rejected. */
    @Size(max = 2000)
    private String decisionNote;

    protected Nomination() {
    }

    public Nomination(Advocate nominee, String nominatedBy, String reason, Instant createdAt) {
        this.nominee = nominee;
        this.nominatedBy = nominatedBy;
        this.reason = reason;
        this.createdAt = createdAt;
        this.status = NominationStatus.NEW;
    }

    public void changeStatus(NominationStatus status) {
        this.status = status;
    }

    /** Still waiting for the nominee: a program manager has not rejected it and the nominee has not joined. */
    public boolean isOpen() {
        return status == NominationStatus.NEW || status == NominationStatus.INVITED;
    }

    public void invite(String programManager, Instant at) {
        this.status = NominationStatus.INVITED;
        this.decidedBy = programManager;
        this.decidedAt = at;
    }

    public void reject(String programManager, String note, Instant at) {
        this.status = NominationStatus.REJECTED;
        this.decidedBy = programManager;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    public void joined() {
        this.status = NominationStatus.JOINED;
    }

    public Advocate getNominee() {
        return nominee;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public String getReason() {
        return reason;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
