package org.peerproof.i18n;

import java.util.List;
import java.util.Locale;

/** The languages PeerProof ships complete bundles for; the first one is the fallback. */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.ENGLISH;

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.JAPANESE);

    private SupportedLocales() {
    }

    /** The language's own name for itself, as a language menu shows it ("Deutsch", "Français", "日本語"). */
    public static String nativeName(Locale locale) {
        var name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The supported locale for a language tag (as stored in a cookie or profile), else {@code null}. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        var language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
    }

    /** The supported locale that best serves the requested one (same language), else the default. */
    public static Locale bestMatch(Locale requested) {
        if (requested == null) {
            return DEFAULT;
        }
        return ALL.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
