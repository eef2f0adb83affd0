package org.peerproof.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.AdvocateStatus;

class SettingsFormValidationTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static SettingsForm defaults() {
        var rules = ProgramRules.DEFAULTS;
        return new SettingsForm(0L, rules.quarterlyAskCap(), rules.restDays(), rules.heavyRestDays(),
                rules.burnoutAskThreshold(), rules.burnoutDeclineStreak(), rules.askExpiryBusinessDays(),
                rules.actionLinkExpiryDays(), rules.recommitmentPeriodMonths(), rules.profileReviewMonths(),
                rules.matchedWithinHours(), AdvocateStatus.NOMINATED, null, EUR);
    }

    static Set<String> invalidProperties(SettingsForm form) {
        return validator.validate(form).stream().map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(invalidProperties(defaults())).isEmpty();
    }

    @Test
    void theQuarterlyCapIsOneToTen() {
        var d = defaults();
        for (int cap : new int[] {0, 11}) {
            var form = new SettingsForm(0L, cap, d.restDays(), d.heavyRestDays(), d.burnoutAskThreshold(),
                    d.burnoutDeclineStreak(), d.askExpiryBusinessDays(), d.actionLinkExpiryDays(),
                    d.recommitmentPeriodMonths(), d.profileReviewMonths(), d.matchedWithinHours(), d.selfSignUpStatus(),
                    d.defaultSignUpTierId(), d.currency());
            assertThat(invalidProperties(form)).containsExactly("quarterlyAskCap");
        }
    }

    @Test
    void restDaysAreZeroToAYearAndHeavyRestIsAtLeastTheNormalRest() {
        var d = defaults();
        var negativeRest = new SettingsForm(0L, 3, -1, 30, 4, 3, 3, 7, 12, 6, 48, AdvocateStatus.NOMINATED, null, EUR);
        var heavyBelowNormal = new SettingsForm(0L, 3, 20, 10, 4, 3, 3, 7, 12, 6, 48, AdvocateStatus.NOMINATED, null, EUR);
        var noRestAtAll = new SettingsForm(0L, 3, 0, 0, 4, 3, 3, 7, 12, 6, 48, AdvocateStatus.NOMINATED, null, EUR);
        var tooLong = new SettingsForm(0L, 3, 14, 366, 4, 3, 3, 7, 12, 6, 48, AdvocateStatus.NOMINATED, null, EUR);

        assertThat(invalidProperties(negativeRest)).containsExactly("restDays");
        assertThat(invalidProperties(heavyBelowNormal)).containsExactly("heavyRestDaysAtLeastRestDays");
        assertThat(invalidProperties(noRestAtAll)).isEmpty();
        assertThat(invalidProperties(tooLong)).containsExactly("heavyRestDays");
        assertThat(d.heavyRestDays()).isGreaterThanOrEqualTo(d.restDays());
    }

    @Test
    void askExpiryIsOneToThirtyBusinessDaysAndOtherPeriodsArePositive() {
        var zeroExpiry = new SettingsForm(0L, 3, 14, 30, 4, 3, 0, 7, 12, 6, 48, AdvocateStatus.NOMINATED, null, EUR);
        var longExpiry = new SettingsForm(0L, 3, 14, 30, 4, 3, 31, 7, 12, 6, 48, AdvocateStatus.NOMINATED, null, EUR);
        var zeroEverything = new SettingsForm(0L, 3, 14, 30, 0, 0, 3, 0, 0, 0, 0, AdvocateStatus.NOMINATED, null, EUR);

        assertThat(invalidProperties(zeroExpiry)).containsExactly("askExpiryBusinessDays");
        assertThat(invalidProperties(longExpiry)).containsExactly("askExpiryBusinessDays");
        assertThat(invalidProperties(zeroEverything)).containsExactlyInAnyOrder("burnoutAskThreshold",
                "burnoutDeclineStreak", "actionLinkExpiryDays", "recommitmentPeriodMonths", "profileReviewMonths",
                "matchedWithinHours");
    }

    @Test
    void selfSignUpsStartNominatedOrActiveAndAVersionIsRequired() {
        var lapsed = new SettingsForm(0L, 3, 14, 30, 4, 3, 3, 7, 12, 6, 48, AdvocateStatus.LAPSED, null, EUR);
        var noVersion = new SettingsForm(null, 3, 14, 30, 4, 3, 3, 7, 12, 6, 48, AdvocateStatus.ACTIVE, null, EUR);

        assertThat(invalidProperties(lapsed)).containsExactly("selfSignUpStatusAllowed");
        assertThat(invalidProperties(noVersion)).containsExactly("version");
    }
}
