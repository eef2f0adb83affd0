package org.peerproof.domain.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;

/**
 * A time of day in whole minutes: seconds or fractions are refused rather than rounded away by a TIME column, so
 * the value is stored exactly as acknowledged (docs/reliability.md). {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeMinutes.Validator.class)
public @interface WholeMinutes {

    String message() default "{validation.WholeMinutes}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeMinutes, LocalTime> {
        @Override
        public boolean isValid(LocalTime value, ConstraintValidatorContext context) {
            return value == null || value.getSecond() == 0 && value.getNano() == 0;
        }
    }
}
