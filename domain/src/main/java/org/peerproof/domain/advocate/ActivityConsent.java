package org.peerproof.domain.advocate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.matching.MatchIndexListener;
import org.peerproof.domain.shared.BaseEntity;
import org.peerproof.domain.shared.ChangeStamped;

/**
 * An advocate's answer for one activity type: whether they are willing, how many asks a quarter they accept
 * (the program cap still applies on top) and how they like to take part. Owned by {@link Advocate}.
 */
@Entity
@Table(name = "activity_consent")
@EntityListeners(MatchIndexListener.class)
public class ActivityConsent extends BaseEntity implements ChangeStamped {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate advocate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type_code", length = 30)
    private ActivityTypeCode activityType;

    private boolean willing;

    @PositiveOrZero
    private int maxAsksPerQuarter;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ContactChannel preferredChannel;

    /** Last write; an answer changed in place leaves the advocate's row untouched, so it carries its own stamp. */
    private Instant changedAt;

    protected ActivityConsent() {
    }

    ActivityConsent(Advocate advocate, ActivityTypeCode activityType) {
        this.advocate = advocate;
        this.activityType = activityType;
    }

    void update(boolean willing, int maxAsksPerQuarter, ContactChannel preferredChannel) {
        this.willing = willing;
        this.maxAsksPerQuarter = maxAsksPerQuarter;
        this.preferredChannel = preferredChannel;
    }

    public Advocate getAdvocate() {
        return advocate;
    }

    public ActivityTypeCode getActivityType() {
        return activityType;
    }

    public boolean isWilling() {
        return willing;
    }

    public int getMaxAsksPerQuarter() {
        return maxAsksPerQuarter;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    @Override
    public void stampChange(Instant at) {
        this.changedAt = at;
    }
}
