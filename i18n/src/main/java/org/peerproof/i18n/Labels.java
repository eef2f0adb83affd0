package org.peerproof.i18n;

import com.vaadin.flow.component.Component;

/**
 * Translated names of domain values. Every enum constant shown to a person has a key
 * {@code enum.<EnumType>.<CONSTANT>} in the bundles (a test checks that each one exists).
 */
public final class Labels {

    private Labels() {
    }

    public static String of(Component context, Enum<?> value) {
        return value == null ? "" : context.getTranslation(key(value));
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
