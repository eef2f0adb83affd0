package org.peerproof.domain.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Positive;
import java.util.Objects;
import org.peerproof.domain.matching.MatchIndexListener;

/** Program data for one {@link ActivityTypeCode}: how much effort it costs an advocate. Seeded by migration. */
@Entity
@Table(name = "activity_type")
@EntityListeners(MatchIndexListener.class)
public class ActivityType {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ActivityTypeCode code;

    @Positive
    private int effortWeight;

    /** Heavy activities earn Tier 1 advocates a longer rest period. */
    private boolean heavy;

    @Version
    private Long version;

    protected ActivityType() {
    }

    public ActivityType(ActivityTypeCode code, int effortWeight, boolean heavy) {
        this.code = code;
        this.effortWeight = effortWeight;
        this.heavy = heavy;
    }

    public ActivityTypeCode getCode() {
        return code;
    }

    public int getEffortWeight() {
        return effortWeight;
    }

    public boolean isHeavy() {
        return heavy;
    }

    public Long getVersion() {
        return version;
    }

    public void changeEffort(int effortWeight, boolean heavy) {
        this.effortWeight = effortWeight;
        this.heavy = heavy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ActivityType that && code != null && code == that.getCode();
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
