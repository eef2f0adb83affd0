package org.peerproof.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text a person reads is written into Java code or an HTML template: it comes from the bundles. The scan flags
 * string literals with letters handed to Vaadin's text APIs (constructors of text components, setText, setLabel,
 * Notification.show...) and text in templates outside {@code {{key}}} placeholders. Empty strings and strings
 * without letters (separators such as " | " or "/") are fine.
 */
class NoUserFacingLiteralsTest {

    private static final List<String> MODULES = List.of("ui", "portal", "admin", "app");

    private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final List<Pattern> TEXT_APIS = List.of(
            // Components whose first constructor argument is the text or label people read.
            Pattern.compile("new (?:Span|Button|Paragraph|H[1-6]|Div|Text|NativeLabel|ListItem|Checkbox|TextField"
                    + "|TextArea|IntegerField|NumberField|EmailField|PasswordField|ComboBox|MultiSelectComboBox"
                    + "|Select|DatePicker|TimePicker|DateTimePicker|Details|Dialog|ConfirmDialog|Tab|SideNavItem"
                    + "|NativeButton|Pre|Emphasis|Strong|RadioButtonGroup|CheckboxGroup|Upload|Notification)"
                    + "(?:<[^>]*>)?\\(\\s*" + LITERAL),
            // Anchor(href, text) and Image(src, alt): the second argument is read.
            Pattern.compile("new (?:Anchor|Image)\\([^,()]+(?:\\([^()]*\\))?,\\s*" + LITERAL),
            Pattern.compile("\\.(?:setText|setLabel|setPlaceholder|setHelperText|setHeaderText|setHeaderTitle"
                    + "|setFooter|setTitle|setTooltipText|setAriaLabel|setErrorMessage|setConfirmText|setCancelText"
                    + "|setRejectText|setSummaryText|setAlt|addItem)\\(\\s*" + LITERAL),
            // Grid column headers; an HTTP response's setHeader(name, value) has two arguments.
            Pattern.compile("\\.setHeader\\(\\s*" + LITERAL + "\\s*\\)"),
            Pattern.compile("Notification\\.show\\(\\s*" + LITERAL),
            Pattern.compile("setAttribute\\(\\s*\"(?:aria-label|title|placeholder|alt)\"\\s*,\\s*" + LITERAL),
            Pattern.compile("getPageTitle\\(\\)\\s*\\{\\s*return\\s+" + LITERAL));
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private static final Pattern TEMPLATE_NOISE = Pattern.compile(
            "(?s)<!--.*?-->|<(script|style)\\b.*?</\\1>|<[^>]+>|\\{\\{[^}]+}}|&[a-z]+;|&#\\d+;");

    @Test
    void noLiteralTextInVaadinViews() {
        var found = new TreeSet<String>();
        javaSources().forEach(path -> {
            var source = read(path);
            for (var pattern : TEXT_APIS) {
                var matcher = pattern.matcher(source);
                while (matcher.find()) {
                    var literal = matcher.group(1);
                    if (LETTER.matcher(literal).find()) {
                        found.add(path.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        });
        assertThat(found).as("user-facing literals; use getTranslation(key) with a bundle key instead").isEmpty();
    }

    @Test
    void noLiteralTextInTemplates() {
        var found = new TreeSet<String>();
        templates().forEach(path -> {
            var text = TEMPLATE_NOISE.matcher(read(path)).replaceAll(" ").strip();
            if (LETTER.matcher(text).find()) {
                found.add(path + ": " + text.replaceAll("\\s+", " "));
            }
        });
        assertThat(found).as("text in templates outside {{key}} placeholders").isEmpty();
    }

    @Test
    void theScanRecognisesLiteralsAndLetsKeysAndSeparatorsPass() {
        var flagged = Set.of("new Span(\"Hello\")", "button.setText(\"Save\")", "Notification.show(\"Done\", 3000, x)",
                "new Anchor(\"portal\", \"Portal\")", "new Button(\"Go \" + name)", "getPageTitle() { return \"Home\";",
                "field.setLabel(\"Name\")", "column.setHeader(\"Status\")", "new Select<Locale>(\"Language\")");
        var passed = Set.of("new Span(getTranslation(\"nav.home\"))", "new Span(\"\")", "new Span(\" | \")",
                "new Anchor(SIGN_IN_PATH, getTranslation(\"auth.signIn\"))", "new Image(\"icons/icon.png\", \"\")",
                "setId(\"sign-in\")", "response.setHeader(\"Cache-Control\", \"no-cache\")", "addClassName(\"app-title\")");
        flagged.forEach(code -> assertThat(flags(code)).as(code).isTrue());
        passed.forEach(code -> assertThat(flags(code)).as(code).isFalse());
    }

    private static boolean flags(String code) {
        return TEXT_APIS.stream().map(pattern -> pattern.matcher(code))
                .anyMatch(matcher -> matcher.find() && LETTER.matcher(matcher.group(1)).find());
    }

    private static Stream<Path> javaSources() {
        return MODULES.stream().map(module -> Path.of("..", module, "src", "main", "java"))
                .flatMap(NoUserFacingLiteralsTest::walk).filter(path -> path.toString().endsWith(".java"));
    }

    private static Stream<Path> templates() {
        return Stream.of("i18n", "domain", "ui", "portal", "admin", "app")
                .map(module -> Path.of("..", module, "src", "main", "resources"))
                .filter(Files::isDirectory)
                .flatMap(NoUserFacingLiteralsTest::walk)
                .filter(path -> path.toString().endsWith(".html"))
                // Static web resources (icons, styles) hold no text; templates are rendered with the bundles.
                .filter(path -> !path.toString().contains("META-INF"));
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
