package org.peerproof.domain.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A Bean Validation violation as a sentence in the reader's language that names the field, from the bundles rather
 * than the validator's English defaults: a standard constraint reads {@code validation.<Constraint>} (some have
 * variants, e.g. {@code validation.Size.max}); a constraint with its own message key reads that key. The
 * arguments are {0} the field's label ({@code field.<Form>.<property>}, else {@code field.<property>}), then the
 * constraint's attributes {1} value, {2} min, {3} max, {4} integer, {5} fraction.
 */
public final class ViolationMessages {

    /** The constraint attributes passed as arguments, in this order after the label. */
    static final List<String> ATTRIBUTES = List.of("value", "min", "max", "integer", "fraction");

    private static final List<String> STANDARD_TEMPLATE_PREFIXES = List.of("{jakarta.validation.constraints.",
            "{org.hibernate.validator.constraints.");

    private ViolationMessages() {
    }

    /** The violation's message in {@code locale}. */
    public static String of(ConstraintViolation<?> violation, MessageSource messages, Locale locale) {
        var leaf = violation.getLeafBean();
        var owner = leaf == null ? violation.getRootBeanClass() : leaf.getClass();
        var value = violation.getInvalidValue();
        return of(owner, property(violation.getPropertyPath()), value == null ? null : value.getClass(),
                violation.getConstraintDescriptor(), messages, locale);
    }

    /**
     * The message of one constraint of a form's property in {@code locale}.
     *
     * @param formType  the class declaring the property, whose simple name qualifies the label key
     * @param property  the property (or method parameter) name; {@code null} when there is none
     * @param valueType the checked value's type if known: collections get their own wording of a size
     */
    public static String of(Class<?> formType, String property, Class<?> valueType, ConstraintDescriptor<?> constraint,
                            MessageSource messages, Locale locale) {
        var arguments = new ArrayList<Object>();
        arguments.add(label(formType, property, messages, locale));
        for (var name : ATTRIBUTES) {
            arguments.add(argument(constraint.getAttributes().get(name)));
        }
        var template = constraint.getMessageTemplate();
        if (!template.startsWith("{") || !template.endsWith("}")) {
            return template;
        }
        var codes = STANDARD_TEMPLATE_PREFIXES.stream().anyMatch(template::startsWith)
                ? standardCodes(constraint, valueType)
                : new String[] {template.substring(1, template.length() - 1), "validation.invalid"};
        return messages.getMessage(new DefaultMessageSourceResolvable(codes, arguments.toArray()), locale);
    }

    /** The field's label in {@code locale}, or a generic "this field" when the form names none. */
    public static String label(Class<?> formType, String property, MessageSource messages, Locale locale) {
        var codes = property == null ? new String[] {"validation.field"}
                : new String[] {"field." + formType.getSimpleName() + "." + property, "field." + property,
                        "validation.field"};
        try {
            return messages.getMessage(new DefaultMessageSourceResolvable(codes), locale);
        } catch (NoSuchMessageException missing) {
            return property;
        }
    }

    private static String[] standardCodes(ConstraintDescriptor<?> constraint, Class<?> valueType) {
        var name = "validation." + constraint.getAnnotation().annotationType().getSimpleName();
        var attributes = constraint.getAttributes();
        if (attributes.containsKey("min") && attributes.containsKey("max")) {
            var items = valueType != null && (Collection.class.isAssignableFrom(valueType)
                    || Map.class.isAssignableFrom(valueType) || valueType.isArray()) ? ".items" : "";
            var bound = ((Number) attributes.get("min")).longValue() <= 0 ? ".max"
                    : ((Number) attributes.get("max")).longValue() == Integer.MAX_VALUE ? ".min" : "";
            return new String[] {name + bound + items, name + bound, name, "validation.invalid"};
        }
        return new String[] {name, "validation.invalid"};
    }

    /** Numbers as numbers (formatted in the reader's locale), a decimal bound given as text as a decimal. */
    private static Object argument(Object attribute) {
        if (attribute instanceof String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                return text;
            }
        }
        return attribute;
    }

    /** The last named property or parameter of the path: a container element is named after its container. */
    private static String property(Path path) {
        String name = null;
        for (var node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
