package org.peerproof.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import org.peerproof.domain.advocate.AdvocateStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/** The single row of program settings staff edit in the admin console; rules read them as {@link ProgramRules}. */
@Entity
@Table(name = "program_settings")
public class ProgramSettings {

    /** The id of the only row; the migration seeds it. */
    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Version
    private Long version;

    @Positive
    private int quarterlyAskCap;
    @PositiveOrZero
    private int restDays;
    @PositiveOrZero
    private int heavyRestDays;
    @Positive
    private int burnoutAskThreshold;
    @Positive
    private int burnoutDeclineStreak;
    @Positive
    private int askExpiryBusinessDays;
    @Positive
    private int actionLinkExpiryDays;
    @Positive
    private int recommitmentPeriodMonths;
    @Positive
    private int profileReviewMonths;
    @Positive
    private int matchedWithinHours;

    /** Where a self-registered advocate starts: NOMINATED waits for staff review, ACTIVE can be asked at once. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AdvocateStatus selfSignUpStatus;

    protected ProgramSettings() {
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public ProgramRules toRules() {
        return new ProgramRules(quarterlyAskCap, restDays, heavyRestDays, burnoutAskThreshold, burnoutDeclineStreak,
                askExpiryBusinessDays, actionLinkExpiryDays, recommitmentPeriodMonths, profileReviewMonths,
                matchedWithinHours);
    }

    public void apply(ProgramRules rules) {
        quarterlyAskCap = rules.quarterlyAskCap();
        restDays = rules.restDays();
        heavyRestDays = rules.heavyRestDays();
        burnoutAskThreshold = rules.burnoutAskThreshold();
        burnoutDeclineStreak = rules.burnoutDeclineStreak();
        askExpiryBusinessDays = rules.askExpiryBusinessDays();
        actionLinkExpiryDays = rules.actionLinkExpiryDays();
        recommitmentPeriodMonths = rules.recommitmentPeriodMonths();
        profileReviewMonths = rules.profileReviewMonths();
        matchedWithinHours = rules.matchedWithinHours();
    }

    public AdvocateStatus getSelfSignUpStatus() {
        return selfSignUpStatus;
    }

    public void setSelfSignUpStatus(AdvocateStatus selfSignUpStatus) {
        if (selfSignUpStatus != AdvocateStatus.NOMINATED && selfSignUpStatus != AdvocateStatus.ACTIVE) {
            throw new IllegalArgumentException("Self sign-ups start NOMINATED or ACTIVE, not " + selfSignUpStatus);
        }
        this.selfSignUpStatus = selfSignUpStatus;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProgramSettings that && id != null && id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
