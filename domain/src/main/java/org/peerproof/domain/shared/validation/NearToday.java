package org.peerproof.domain.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day within {@link #max} years either side of today by the application clock (the validator's
 * {@link jakarta.validation.ClockProvider}, set from the Clock bean by {@link ValidationClock}), so a date such as
 * +10000-01-01 is refused as input instead of failing in the database (docs/reliability.md). {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NearToday.Validator.class)
public @interface NearToday {

    /** The horizon: the program plans a few years ahead and looks a few back, never centuries. */
    int DEFAULT_YEARS = 10;

    String message() default "{validation.NearToday}";

    /** The most years before or after today still accepted ({3} in the message, see ViolationMessages). */
    int max() default DEFAULT_YEARS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NearToday, LocalDate> {

        private int years;

        @Override
        public void initialize(NearToday constraint) {
            this.years = constraint.max();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            var today = LocalDate.now(context.getClockProvider().getClock());
            return !value.isBefore(today.minusYears(years)) && !value.isAfter(today.plusYears(years));
        }
    }
}
