package org.peerproof.domain.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.AvailabilityForm;
import org.peerproof.domain.advocate.BlackoutForm;
import org.peerproof.domain.shared.ViolationMessages;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 14 (docs/reliability.md): a time or day the columns cannot hold exactly, or that lies centuries away, is
 * refused with a field message instead of being rounded (23:59:59.999999999 became 00:00) or failing the write.
 */
class StoredAsAcknowledgedTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    final Validator validator = Validation.byDefaultProvider().configure().clockProvider(() -> CLOCK)
            .buildValidatorFactory().getValidator();

    @Test
    void workingHoursAreWholeMinutes() {
        assertThat(invalid(new AvailabilityForm(null, LocalTime.of(9, 0), LocalTime.parse("23:59:59.999999999"))))
                .containsExactly("workingHoursEnd");
        assertThat(invalid(new AvailabilityForm(null, LocalTime.parse("17:00:00.5"), LocalTime.of(18, 0))))
                .containsExactly("workingHoursStart");
        assertThat(invalid(new AvailabilityForm(null, LocalTime.of(9, 0), LocalTime.of(17, 30)))).isEmpty();
    }

    @Test
    void daysLieWithinTenYearsOfTheApplicationsToday() {
        assertThat(invalid(new AvailabilityForm(LocalDate.parse("+10000-01-01"), null, null)))
                .containsExactly("pausedUntil");
        assertThat(invalid(new BlackoutForm(TODAY, LocalDate.parse("+10000-01-01")))).containsExactly("endDate");
        assertThat(invalid(new BlackoutForm(LocalDate.parse("-0001-01-01"), TODAY))).containsExactly("startDate");
        assertThat(invalid(new BlackoutForm(TODAY.plusYears(10), TODAY.plusYears(10)))).isEmpty();
        assertThat(invalid(new BlackoutForm(TODAY.plusYears(10).plusDays(1), TODAY.plusYears(10).plusDays(1))))
                .hasSize(2);
    }

    @Test
    void theRefusalNamesTheFieldInTheReadersLanguage() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var hours = violation(new AvailabilityForm(null, LocalTime.of(9, 0), LocalTime.parse("23:59:59.999999999")));
        var day = violation(new AvailabilityForm(LocalDate.parse("+10000-01-01"), null, null));
        assertThat(ViolationMessages.of(hours, messages, Locale.ENGLISH))
                .isEqualTo("Whole minutes only: End of working hours cannot have seconds.");
        assertThat(ViolationMessages.of(day, messages, Locale.GERMAN))
                .isEqualTo("Pausiert bis muss höchstens 10 Jahre von heute entfernt liegen.");
        for (var locale : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("es"), Locale.JAPANESE}) {
            assertThat(ViolationMessages.of(day, messages, locale)).contains("10").doesNotContain("{");
        }
    }

    private <T> Set<String> invalid(T form) {
        return validator.validate(form).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    private <T> ConstraintViolation<T> violation(T form) {
        return validator.validate(form).iterator().next();
    }
}
