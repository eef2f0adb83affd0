package org.peerproof.i18n;

import java.util.List;
import java.util.Locale;

/** The languages PeerProof ships complete bundles for; the first one is the fallback. */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.ENGLISH;

    public static final List<Locale> ALL = List.of(Locale.ENGLISH);

    private SupportedLocales() {
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
