package org.peerproof.domain.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.ask.DeclineForm;

/**
 * Issue 14 (docs/reliability.md): every text a form carries is stored as NFC and refused when it holds what a
 * column or a reader cannot take faithfully: a lone surrogate (stored as '?'), control characters, bidi overrides.
 */
class TextRulesTest {

    static final String FAMILY = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB"; // woman technologist, medium skin tone

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void refusesWhatCannotBeStoredOrShownFaithfully() {
        for (var bad : List.of("broken \uD800 half", "nul\u0000", "bell\u0007", "c1\u0085", "evil\u202Egnp.exe",
                "isolate\u2066x\u2069")) {
            assertThat(invalid(title(bad))).as(escaped(bad)).containsExactly("title");
            assertThat(invalid(bio(bad))).as(escaped(bad)).containsExactly("bio");
            assertThat(invalid(outcome(bad))).as(escaped(bad)).containsExactly("outcomes");
            assertThat(invalid(new DeclineForm(bad))).as(escaped(bad)).containsExactly("reason");
        }
    }

    @Test
    void newlineAndTabOnlyInMultiLineText() {
        assertThat(invalid(title("two\nlines"))).containsExactly("title");
        assertThat(invalid(title("tab\there"))).containsExactly("title");
        assertThat(invalid(outcome("two\nlines"))).containsExactly("outcomes");
        assertThat(invalid(bio("two\nlines\tand a tab"))).isEmpty();
        assertThat(invalid(new DeclineForm("Busy this month.\nAsk me in June."))).isEmpty();
    }

    @Test
    void textIsStoredAsNfc() {
        var decomposed = "Mu\u0308ller Cafe\u0301";
        assertThat(title(decomposed).title()).isEqualTo("M\u00fcller Caf\u00e9");
        assertThat(bio(decomposed).bio()).isEqualTo("M\u00fcller Caf\u00e9");
        assertThat(outcome(decomposed).outcomes()).containsExactly("M\u00fcller Caf\u00e9");
        assertThat(new DeclineForm(decomposed).reason()).isEqualTo("M\u00fcller Caf\u00e9");
        assertThat(invalid(title(decomposed))).isEmpty();
    }

    @Test
    void emojiSequencesAndDirectionMarksAreKeptExactly() {
        var text = "Great team " + FAMILY + " \u2764\uFE0F \u200Fשלום\u200E ok";
        assertThat(invalid(title(text))).isEmpty();
        assertThat(title(text).title()).isEqualTo(text);
        assertThat(bio(text).bio()).isEqualTo(text);
        assertThat(outcome(text).outcomes()).containsExactly(text);
    }

    static ProfileForm title(String title) {
        return new ProfileForm(title, null, null, null, null, null, null, null, null, null, null);
    }

    static ProfileForm bio(String bio) {
        return new ProfileForm(null, null, null, null, null, null, null, null, null, bio, null);
    }

    static ProfileForm outcome(String outcome) {
        return new ProfileForm(null, null, null, null, null, null, null, null, List.of(outcome), null, null);
    }

    Set<String> invalid(Object form) {
        return validator.validate(form).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .map(path -> path.replaceAll("\\[.*", "").replaceAll("\\..*", "")).collect(Collectors.toSet());
    }

    static String escaped(String text) {
        return text.codePoints().mapToObj(c -> c < 0x20 || c > 0x7e ? "U+%04X".formatted(c) : Character.toString(c))
                .collect(Collectors.joining());
    }
}
