package org.peerproof.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.context.NoSuchMessageException;

/** Every message key written literally in the Java sources of any module exists in the English bundle. */
class MessageKeysUsedInCodeTest {

    /** getTranslation("key" ...) in views, and message keys returned or passed as string literals in the domain. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|messageKey\\(\\)\\s*\\{\\s*return |\\(\")\"?((?:[a-z][a-zA-Z]*\\.){1,5}[a-z][a-zA-Z]*)\"");
    private static final List<String> MODULES = List.of("i18n", "domain", "ui", "portal", "admin", "app");
    private static final Set<String> KEY_PREFIXES = Set.of("app", "nav", "home", "portal", "admin", "auth",
            "eligibility", "burnout", "error", "ask", "profile", "preferences", "availability", "history", "rewards",
            "data", "validation", "pwa", "request", "requests", "outcome", "program", "nominations", "import",
            "export", "metrics", "email", "datePicker");

    @Test
    void everyLiteralKeyExistsInTheBundle() {
        var messages = MessagesConfiguration.createMessageSource();
        var missing = new TreeSet<String>();
        var found = new TreeSet<String>();
        for (var key : keysInSources()) {
            found.add(key);
            try {
                messages.getMessage(key, null, Locale.ENGLISH);
            } catch (NoSuchMessageException e) {
                missing.add(key);
            }
        }
        assertThat(found).as("the scan finds the keys it should").contains("home.title", "eligibility.reason.resting");
        assertThat(missing).as("keys used in code but missing in i18n/messages.properties").isEmpty();
    }

    private static Set<String> keysInSources() {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = MODULES.stream().map(module -> Path.of("..", module, "src", "main", "java"))
                .flatMap(MessageKeysUsedInCodeTest::walk)) {
            files.filter(path -> path.toString().endsWith(".java"))
                    .forEach(path -> {
                        var matcher = KEY_IN_CODE.matcher(read(path));
                        while (matcher.find()) {
                            var key = matcher.group(1);
                            if (KEY_PREFIXES.contains(key.substring(0, key.indexOf('.')))) {
                                keys.add(key);
                            }
                        }
                    });
        }
        return keys;
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
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
