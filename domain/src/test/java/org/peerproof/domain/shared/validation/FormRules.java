package org.peerproof.domain.shared.validation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The bounds every input record must declare so that nothing is stored other than acknowledged (issue 14,
 * docs/reliability.md): each text, also inside a collection, has a text rule ({@link SingleLineText} or
 * {@link MultiLineText}) and a {@code @Size} max (its column's length); each collection a {@code @Size} max; each
 * decimal {@code @Digits}. Nested records (e.g. a new company inside a profile) are checked too. Also used by the app's
 * test of the records the API controllers accept.
 */
public final class FormRules {

    private FormRules() {
    }

    /** What the record's components lack, one line each ("ProfileForm.outcomes[]: no text rule"). */
    public static List<String> faults(Class<?> record) {
        var faults = new ArrayList<String>();
        check(record, faults);
        return faults;
    }

    private static void check(Class<?> record, List<String> faults) {
        for (RecordComponent component : record.getRecordComponents()) {
            var where = record.getSimpleName() + "." + component.getName();
            check(where, component.getAnnotatedType(), component, faults);
        }
    }

    private static void check(String where, AnnotatedType type, RecordComponent component, List<String> faults) {
        var raw = type.getType() instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : type.getType() instanceof Class<?> plain ? plain : Object.class;
        if (raw == String.class) {
            if (annotation(type, component, SingleLineText.class) == null
                    && annotation(type, component, MultiLineText.class) == null) {
                faults.add(where + ": no text rule");
            }
            var size = annotation(type, component, Size.class);
            if (size == null || size.max() == Integer.MAX_VALUE) {
                faults.add(where + ": no @Size max");
            }
        } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            var size = annotation(type, component, Size.class);
            if (size == null || size.max() == Integer.MAX_VALUE) {
                faults.add(where + ": no @Size max on the collection");
            }
            if (type instanceof AnnotatedParameterizedType parameterized) {
                for (var element : parameterized.getAnnotatedActualTypeArguments()) {
                    check(where + "[]", element, null, faults);
                }
            }
        } else if (raw == BigDecimal.class) {
            if (annotation(type, component, Digits.class) == null) {
                faults.add(where + ": no @Digits");
            }
        } else if (raw.isRecord()) {
            check(raw, faults);
        }
    }

    /** On the type (type-use) or, for a component, on its accessor (where declaration annotations land). */
    private static <A extends Annotation> A annotation(AnnotatedType type, RecordComponent component, Class<A> kind) {
        var onType = type.getAnnotation(kind);
        return onType != null || component == null ? onType : component.getAccessor().getAnnotation(kind);
    }
}
