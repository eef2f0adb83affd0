package org.peerproof.domain.tier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.matching.MatchIndexListener;
import org.peerproof.domain.reward.Benefit;
import org.peerproof.domain.shared.VersionedEntity;

/** A level of commitment: what an advocate in it is expected to do, may be asked for, and receives. */
@Entity
@Table(name = "tier")
@EntityListeners(MatchIndexListener.class)
public class Tier extends VersionedEntity {

    public static final int POWER_RANK = 1;

    @NotBlank
    @Size(max = 100)
    private String name;

    /** 1 is the most committed ("power") tier; heavier rest rules apply to it. */
    @Min(1)
    @Max(3)
    @Column(name = "tier_rank") // RANK is a reserved word in MySQL 8.
    private int rank;

    @PositiveOrZero
    private int expectedActivitiesPerYear;

    @ElementCollection
    @CollectionTable(name = "tier_activity_type", joinColumns = @JoinColumn(name = "tier_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type_code", length = 30)
    private Set<ActivityTypeCode> allowedActivityTypes = EnumSet.noneOf(ActivityTypeCode.class);

    @ManyToMany
    @JoinTable(name = "tier_benefit",
            joinColumns = @JoinColumn(name = "tier_id"),
            inverseJoinColumns = @JoinColumn(name = "benefit_id"))
    private Set<Benefit> benefits = new HashSet<>();

    /** Advocates in this tier sign a written agreement (Tier 1). */
    private boolean agreementRequired;

    /** Advocates in this tier have a named relationship owner: their account's csm (Tier 1). */
    private boolean relationshipOwnerRequired;

    protected Tier() {
    }

    public Tier(String name, int rank, int expectedActivitiesPerYear, Set<ActivityTypeCode> allowedActivityTypes) {
        this.name = name;
        this.rank = rank;
        this.expectedActivitiesPerYear = expectedActivitiesPerYear;
        this.allowedActivityTypes.addAll(allowedActivityTypes);
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public int getRank() {
        return rank;
    }

    public boolean isPower() {
        return rank == POWER_RANK;
    }

    public int getExpectedActivitiesPerYear() {
        return expectedActivitiesPerYear;
    }

    public void setExpectedActivitiesPerYear(int expectedActivitiesPerYear) {
        this.expectedActivitiesPerYear = expectedActivitiesPerYear;
    }

    public Set<ActivityTypeCode> getAllowedActivityTypes() {
        return allowedActivityTypes;
    }

    public boolean allows(ActivityTypeCode activityType) {
        return allowedActivityTypes.contains(activityType);
    }

    public Set<Benefit> getBenefits() {
        return benefits;
    }

    public boolean includes(Benefit benefit) {
        return benefits.contains(benefit);
    }

    public boolean isAgreementRequired() {
        return agreementRequired;
    }

    public boolean isRelationshipOwnerRequired() {
        return relationshipOwnerRequired;
    }

    /** Replaces what the tier expects, allows and gives; the rank stays, because rules key on it. */
    public void redefine(String name, int expectedActivitiesPerYear, Set<ActivityTypeCode> allowedActivityTypes,
                         Set<Benefit> benefits, boolean agreementRequired, boolean relationshipOwnerRequired) {
        this.name = name;
        this.expectedActivitiesPerYear = expectedActivitiesPerYear;
        this.allowedActivityTypes.clear();
        this.allowedActivityTypes.addAll(allowedActivityTypes);
        this.benefits.clear();
        this.benefits.addAll(benefits);
        this.agreementRequired = agreementRequired;
        this.relationshipOwnerRequired = relationshipOwnerRequired;
    }
}
