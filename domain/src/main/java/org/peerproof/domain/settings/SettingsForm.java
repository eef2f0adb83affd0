package org.peerproof.domain.settings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Currency;
import org.peerproof.domain.advocate.AdvocateStatus;

/**
 * The program settings as an admin edits them, with the ranges that keep the rules sensible; {@code version} is the
 * one the editor loaded, so a concurrent change is reported instead of overwritten.
 *
 * @param defaultSignUpTierId the tier approved self sign-ups start in; null: staff place them by hand
 * @param currency            the program's currency, that of deal and request amounts
 */
public record SettingsForm(
        @NotNull Long version,
        @Min(1) @Max(10) int quarterlyAskCap,
        @Min(0) @Max(365) int restDays,
        @Min(0) @Max(365) int heavyRestDays,
        @Min(1) @Max(50) int burnoutAskThreshold,
        @Min(1) @Max(20) int burnoutDeclineStreak,
        @Min(1) @Max(30) int askExpiryBusinessDays,
        @Min(1) @Max(90) int actionLinkExpiryDays,
        @Min(3) @Max(36) int recommitmentPeriodMonths,
        @Min(1) @Max(36) int profileReviewMonths,
        @Min(1) @Max(720) int matchedWithinHours,
        @NotNull AdvocateStatus selfSignUpStatus,
        Long defaultSignUpTierId,
        @NotNull Currency currency) {

    public static SettingsForm of(ProgramSettings settings) {
        var rules = settings.toRules();
        return new SettingsForm(settings.getVersion(), rules.quarterlyAskCap(), rules.restDays(),
                rules.heavyRestDays(), rules.burnoutAskThreshold(), rules.burnoutDeclineStreak(),
                rules.askExpiryBusinessDays(), rules.actionLinkExpiryDays(), rules.recommitmentPeriodMonths(),
                rules.profileReviewMonths(), rules.matchedWithinHours(), settings.getSelfSignUpStatus(),
                settings.getDefaultSignUpTier() == null ? null : settings.getDefaultSignUpTier().getId(),
                settings.getCurrency());
    }

    public ProgramRules toRules() {
        return new ProgramRules(quarterlyAskCap, restDays, heavyRestDays, burnoutAskThreshold, burnoutDeclineStreak,
                askExpiryBusinessDays, actionLinkExpiryDays, recommitmentPeriodMonths, profileReviewMonths,
                matchedWithinHours);
    }

    /** A heavy activity earns at least the normal rest. */
    @AssertTrue(message = "{program.settings.heavyRestDays.belowRestDays}")
    public boolean isHeavyRestDaysAtLeastRestDays() {
        return heavyRestDays >= restDays;
    }

    /** Self sign-ups wait for review (NOMINATED) or are active at once; nothing else makes sense. */
    @AssertTrue(message = "{program.settings.selfSignUpStatus.invalid}")
    public boolean isSelfSignUpStatusAllowed() {
        return selfSignUpStatus == null || selfSignUpStatus == AdvocateStatus.NOMINATED
                || selfSignUpStatus == AdvocateStatus.ACTIVE;
    }
}
