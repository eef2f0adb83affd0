package org.peerproof.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ClassUtils;

/**
 * Every constraint on every form of the domain (each record with Bean Validation constraints) reads as a sentence
 * in the reader's language that names the field: in German and Japanese it contains the field's translated label
 * (a cross-field rule with its own message key: that message) and none of the validator's English default text.
 */
class ViolationMessagesTest {

    static final List<Locale> LOCALES = List.of(Locale.GERMAN, Locale.JAPANESE);

    final ResourceBundleMessageSource messages = MessagesConfiguration.createMessageSource();
    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    final ResourceBundle validatorDefaults = ResourceBundle.getBundle("org.hibernate.validator.ValidationMessages",
            Locale.ROOT);

    /** One constraint of one form property. */
    record Checked(Class<?> form, String property, Class<?> valueType, ConstraintDescriptor<?> constraint) {
        @Override
        public String toString() {
            return form.getSimpleName() + "." + property + " @"
                    + constraint.getAnnotation().annotationType().getSimpleName();
        }
    }

    @Test
    void everyConstraintOfEveryFormNamesTheFieldInTheReadersLanguage() {
        var checked = formConstraints();
        assertThat(checked).as("the scan finds the forms").hasSizeGreaterThan(50);
        var softly = new SoftAssertions();
        for (var one : checked) {
            var english = message(one, Locale.ENGLISH);
            var ownMessage = !isStandard(one.constraint());
            for (var locale : LOCALES) {
                var text = message(one, locale);
                softly.assertThat(text).as("%s in %s", one, locale)
                        .isNotEqualTo(english)
                        .doesNotContain(englishDefault(one.constraint()))
                        .doesNotContain("{");
                if (!ownMessage) {
                    // A cross-field rule with its own message key says in its own words what is wrong.
                    var label = ViolationMessages.label(one.form(), one.property(), messages, locale);
                    softly.assertThat(label).as("%s: a label in %s", one, locale)
                            .isNotEqualTo(one.property())
                            .isNotEqualTo(messages.getMessage("validation.field", null, locale));
                    softly.assertThat(text).as("%s in %s names the field", one, locale).contains(label);
                }
            }
            if (!ownMessage) {
                softly.assertThat(english).as("%s in English", one)
                        .contains(ViolationMessages.label(one.form(), one.property(), messages, Locale.ENGLISH));
            }
        }
        softly.assertAll();
    }

    @Test
    void aViolationReadsWithItsLabelAndBound() {
        record Example(@NotBlank @Size(max = 5) String name) {
        }
        var violations = validator.validate(new Example("far too long"));
        var violation = violations.iterator().next();

        assertThat(ViolationMessages.of(violation, messages, Locale.GERMAN))
                .isEqualTo(messages.getMessage("validation.Size.max", new Object[] {
                        ViolationMessages.label(Example.class, "name", messages, Locale.GERMAN), null, 0, 5}, Locale.GERMAN))
                .contains("5");
    }

    private String message(Checked one, Locale locale) {
        return ViolationMessages.of(one.form(), one.property(), one.valueType(), one.constraint(), messages, locale);
    }

    private static boolean isStandard(ConstraintDescriptor<?> constraint) {
        return constraint.getMessageTemplate().startsWith("{jakarta.validation.constraints.");
    }

    /** The validator's own English text of the constraint, up to its first parameter. */
    private String englishDefault(ConstraintDescriptor<?> constraint) {
        var template = constraint.getMessageTemplate();
        var key = template.substring(1, template.length() - 1);
        if (!validatorDefaults.containsKey(key)) {
            return "\u0000";
        }
        var text = validatorDefaults.getString(key);
        var brace = text.indexOf('{');
        return (brace < 0 ? text : text.substring(0, brace)).strip();
    }

    private List<Checked> formConstraints() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                // Forms people fill in; configuration properties are for operators and read in English.
                return Record.class.getName().equals(definition.getMetadata().getSuperClassName())
                        && !definition.getMetadata().hasAnnotation(
                                "org.springframework.boot.context.properties.ConfigurationProperties");
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        var checked = new ArrayList<Checked>();
        for (var definition : scanner.findCandidateComponents("org.peerproof.domain")) {
            var type = ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader());
            if (type.getName().contains("Test")) {
                continue;
            }
            for (var property : validator.getConstraintsForClass(type).getConstrainedProperties()) {
                property.getConstraintDescriptors().forEach(constraint -> checked.add(
                        new Checked(type, property.getPropertyName(), property.getElementClass(), constraint)));
                property.getConstrainedContainerElementTypes().forEach(element -> element.getConstraintDescriptors()
                        .forEach(constraint -> checked.add(new Checked(type, property.getPropertyName(),
                                element.getElementClass(), constraint))));
            }
        }
        return checked;
    }
}
