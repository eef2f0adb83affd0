package org.peerproof.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * Every bundle of {@link MessagesConfiguration#BASENAMES} is complete in every {@link SupportedLocales supported
 * language}: same keys as English, no empty value, the same placeholders, and each message formats the way Spring
 * will format it. A failure lists exactly what to translate or fix, per file.
 */
class BundleCompletenessTest {

    /** Argument indexes of a MessageFormat pattern, also inside choice formats: {@code {0}, {1,number}}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A lone ASCII apostrophe: MessageFormat would swallow it (and quote what follows). */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** Counts the format tests with, covering the zero, singular and plural branches of choice formats. */
    private static final int[] SAMPLE_COUNTS = {0, 1, 2, 5, 21, 1000};

    private final MessageSource messages = MessagesConfiguration.createMessageSource();

    @Test
    void everyKeyIsTranslatedIntoEveryLanguage() {
        var problems = new TreeMap<String, Set<String>>();
        for (var basename : MessagesConfiguration.BASENAMES) {
            var english = load(basename, SupportedLocales.DEFAULT);
            for (var locale : translations()) {
                var translated = load(basename, locale);
                var missing = new TreeSet<>(english.keySet());
                missing.removeAll(translated.keySet());
                var extra = new TreeSet<>(translated.keySet());
                extra.removeAll(english.keySet());
                missing.forEach(key -> problems.computeIfAbsent(file(basename, locale), f -> new TreeSet<>())
                        .add("missing " + key + "=" + english.get(key)));
                extra.forEach(key -> problems.computeIfAbsent(file(basename, locale), f -> new TreeSet<>())
                        .add("not in English " + key));
            }
        }
        assertThat(problems).as("keys to translate (or remove) per file").isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        var empty = new TreeSet<String>();
        for (var basename : MessagesConfiguration.BASENAMES) {
            for (var locale : SupportedLocales.ALL) {
                load(basename, locale).forEach((key, value) -> {
                    if (value.isBlank()) {
                        empty.add(file(basename, locale) + ": " + key);
                    }
                });
            }
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void translationsUseTheSamePlaceholdersAsEnglish() {
        var mismatched = new TreeSet<String>();
        for (var basename : MessagesConfiguration.BASENAMES) {
            var english = load(basename, SupportedLocales.DEFAULT);
            for (var locale : translations()) {
                load(basename, locale).forEach((key, value) -> {
                    var expected = english.get(key);
                    if (expected != null && !arguments(expected).equals(arguments(value))) {
                        mismatched.add(file(basename, locale) + ": " + key + " has " + arguments(value)
                                + ", English has " + arguments(expected));
                    }
                });
            }
        }
        assertThat(mismatched).isEmpty();
    }

    /**
     * Spring runs a message through MessageFormat only when it has arguments (alwaysUseMessageFormat is off): there
     * an apostrophe must be doubled, and in a message without arguments it must not be.
     */
    @Test
    void apostrophesFollowTheMessageFormatRules() {
        var wrong = new TreeSet<String>();
        for (var basename : MessagesConfiguration.BASENAMES) {
            for (var locale : SupportedLocales.ALL) {
                load(basename, locale).forEach((key, value) -> {
                    if (!arguments(value).isEmpty() && LONE_APOSTROPHE.matcher(value).find()) {
                        wrong.add(file(basename, locale) + ": " + key + " needs '' (it has arguments)");
                    }
                    if (arguments(value).isEmpty() && value.contains("''")) {
                        wrong.add(file(basename, locale) + ": " + key + " shows '' literally (it has no arguments)");
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyMessageFormatsInEveryLanguage() {
        var failures = new ArrayList<String>();
        for (var basename : MessagesConfiguration.BASENAMES) {
            var english = load(basename, SupportedLocales.DEFAULT);
            for (var locale : SupportedLocales.ALL) {
                for (var key : english.keySet()) {
                    var argumentCount = arguments(english.get(key)).stream().mapToInt(i -> i + 1).max().orElse(0);
                    for (int count : SAMPLE_COUNTS) {
                        var arguments = new Object[argumentCount];
                        Arrays.fill(arguments, count);
                        try {
                            var text = messages.getMessage(key, argumentCount == 0 ? null : arguments, locale);
                            if (text.isBlank() || text.contains("{")) {
                                failures.add(locale + " " + key + " gives \"" + text + "\"");
                            }
                        } catch (RuntimeException e) {
                            failures.add(locale + " " + key + ": " + e);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void choiceFormatsPickTheRightPluralForm() {
        assertThat(messages.getMessage("portal.asks.open", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("One ask is waiting for your answer.");
        assertThat(messages.getMessage("portal.asks.open", new Object[] {3}, Locale.ENGLISH))
                .isEqualTo("3 asks are waiting for your answer.");
        assertThat(messages.getMessage("portal.asks.open", new Object[] {2}, Locale.GERMAN))
                .isEqualTo("2 Anfragen warten auf Ihre Antwort.");
        assertThat(messages.getMessage("directory.count", new Object[] {1200}, Locale.FRENCH))
                .isEqualTo("1\u202f200 ambassadeurs");
        assertThat(messages.getMessage("portal.asks.open", new Object[] {1}, Locale.JAPANESE))
                .isEqualTo("回答待ちの依頼が 1 件あります。");
    }

    @Test
    void supportedLocalesAndBundleFilesAgree() throws IOException {
        var directory = bundleDirectory();
        try (Stream<Path> files = Files.list(directory)) {
            var languagesOnDisk = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("messages_") && name.endsWith(".properties"))
                    .map(name -> name.substring("messages_".length(), name.length() - ".properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
            var declared = translations().stream().map(Locale::toLanguageTag)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(languagesOnDisk).isEqualTo(declared);
        }
        for (var basename : MessagesConfiguration.BASENAMES) {
            for (var locale : translations()) {
                assertThat(directory.resolve(Path.of(file(basename, locale)).getFileName())).as(file(basename, locale))
                        .exists();
            }
        }
        assertThat(SupportedLocales.ALL.getFirst()).isEqualTo(SupportedLocales.DEFAULT);
    }

    @Test
    void languagesAreNamedInTheirOwnLanguage() {
        assertThat(SupportedLocales.ALL.stream().map(SupportedLocales::nativeName))
                .containsExactly("English", "Deutsch", "Français", "Español", "日本語");
        assertThat(SupportedLocales.fromTag("de-CH")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.fromTag("pt")).isNull();
    }

    private static List<Locale> translations() {
        return SupportedLocales.ALL.stream().filter(locale -> !locale.equals(SupportedLocales.DEFAULT)).toList();
    }

    private static Set<Integer> arguments(String pattern) {
        return ARGUMENT.matcher(pattern).results().map(match -> Integer.valueOf(match.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String file(String basename, Locale locale) {
        return basename + (locale.equals(SupportedLocales.DEFAULT) ? "" : "_" + locale.toLanguageTag()) + ".properties";
    }

    /** The bundle file exactly as written (no fallback to English), read as UTF-8 like the message source does. */
    private static Map<String, String> load(String basename, Locale locale) {
        var name = file(basename, locale);
        try (var in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var values = new TreeMap<String, String>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path bundleDirectory() {
        try {
            return Path.of(BundleCompletenessTest.class.getClassLoader().getResource("i18n/messages.properties").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
