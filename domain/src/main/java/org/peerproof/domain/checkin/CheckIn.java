package org.peerproof.domain.checkin;

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
import java.time.LocalDate;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.shared.VersionedEntity;

/** A quarterly conversation with a Tier 1 advocate. */
@Entity
@Table(name = "check_in")
public class CheckIn extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate advocate;

    @NotNull
    private LocalDate heldOn;

    /** Keycloak username of the staff member who held it. */
    @NotBlank
    @Size(max = 100)
    private String owner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RelationshipHealth health;

    @Size(max = 4000)
    private String notes;

    /** What the advocate is open to being asked for next. */
    @Size(max = 2000)
    private String nextAsks;

    protected CheckIn() {
    }

    public CheckIn(Advocate advocate, LocalDate heldOn, String owner, RelationshipHealth health) {
        this.advocate = advocate;
        this.heldOn = heldOn;
        this.owner = owner;
        this.health = health;
    }

    public Advocate getAdvocate() {
        return advocate;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getOwner() {
        return owner;
    }

    public RelationshipHealth getHealth() {
        return health;
    }

    public void setHealth(RelationshipHealth health) {
        this.health = health;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getNextAsks() {
        return nextAsks;
    }

    public void setNextAsks(String nextAsks) {
        this.nextAsks = nextAsks;
    }
}
