package org.peerproof.domain.shared.validation;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one text rule of every form (docs/reliability.md, issue 14). Forms normalise each text to NFC in their compact
 * constructor, which Jackson (API) and the views (Vaadin) both call, so a text is stored in one form whatever the
 * client composed; {@link SingleLineText} and {@link MultiLineText} then refuse what a column or a reader cannot take
 * faithfully: an unpaired surrogate (MariaDB stored '?'), C0/C1 control characters and the bidi overrides and
 * isolates that make a text read differently from what it holds. Direction marks (LRM, RLM) and the zero-width
 * joiner of emoji sequences are ordinary text.
 */
public final class Text {

    private Text() {
    }

    /** The text in Unicode normalisation form C; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Each element in NFC, nulls kept for the element constraints to report. */
    public static List<String> nfc(List<String> texts) {
        return texts == null ? null : texts.stream().map(Text::nfc).toList(); // unmodifiable, nulls allowed
    }

    /** Each element in NFC, nulls kept for the element constraints to report. */
    public static Set<String> nfc(Set<String> texts) {
        return texts == null ? null : texts.stream().map(Text::nfc).collect(Collectors.collectingAndThen(
                Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
    }

    /**
     * Whether the text holds only well-formed characters that display as stored.
     *
     * @param multiLine whether tab and newline are allowed
     */
    static boolean isClean(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isRefused(c, multiLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRefused(char c, boolean multiLine) {
        if (c == '\t' || c == '\n') {
            return !multiLine;
        }
        return Character.getType(c) == Character.CONTROL // C0, DEL and C1
                || c >= '\u202A' && c <= '\u202E' // LRE, RLE, PDF, LRO, RLO
                || c >= '\u2066' && c <= '\u2069'; // LRI, RLI, FSI, PDI
    }
}
