package org.peerproof.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import org.peerproof.domain.advocate.AdvocateStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Currency;
import java.util.Objects;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.tier.Tier;

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

    /** The tier an approved self sign-up starts in; empty: staff place each approved advocate by hand. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_sign_up_tier_id")
    private Tier defaultSignUpTier;

    /** ISO 4217 code of the program's currency: deal and request amounts are in it. */
    @NotNull
    @Column(name = "currency_code", length = 3)
    private String currencyCode;

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

    public Tier getDefaultSignUpTier() {
        return defaultSignUpTier;
    }

    /**
     * A newcomer has signed no agreement and has no named relationship owner, so a tier that needs either cannot be
     * where approved sign-ups start.
     */
    public void setDefaultSignUpTier(Tier tier) {
        if (tier != null && (tier.isAgreementRequired() || tier.isRelationshipOwnerRequired())) {
            throw new DomainRuleException("program.settings.defaultSignUpTier.tooCommitted", tier.getName());
        }
        this.defaultSignUpTier = tier;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currencyCode);
    }

    public void setCurrency(Currency currency) {
        this.currencyCode = currency.getCurrencyCode();
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
