package org.trackone.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the translated message bundles complete and consistent with their English ones
 * (i18n/messages.properties, and each module's i18n/csbm.properties and
 * i18n/dialogue.properties): the same keys in the same order, the same arguments, and
 * texts that java.text.MessageFormat can use.
 */
class MessageBundlesTest {

    /** The bundles of spring.messages.basename, each complete in English. */
    private static final List<String> BUNDLES = List.of("messages", "csbm", "dialogue");
    private static final List<String> LANGUAGES = List.of("ko", "ja", "zh", "ru");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");
    /** An apostrophe that is not part of a doubled one (''). */
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void hasExactlyTheEnglishKeys(String bundle, String language) throws IOException {
        String file = translatedBundle(bundle, language);
        Set<String> english = load(englishBundle(bundle)).keySet();
        Set<String> translated = load(file).keySet();

        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);

        assertThat(missing).as("keys of %s missing in %s", englishBundle(bundle), file).isEmpty();
        assertThat(extra).as("keys of %s that %s does not have", file, englishBundle(bundle)).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void hasNoEmptyText(String bundle, String language) throws IOException {
        String file = translatedBundle(bundle, language);
        List<String> empty = new ArrayList<>();
        load(file).forEach((key, value) -> {
            if (value.isBlank()) {
                empty.add(key);
            }
        });
        assertThat(empty).as("keys of %s without text", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void keepsTheArgumentsOfEveryText(String bundle, String language) throws IOException {
        String file = translatedBundle(bundle, language);
        Map<String, String> english = load(englishBundle(bundle));
        Map<String, String> translated = load(file);
        Map<String, String> differing = new TreeMap<>();
        english.forEach((key, text) -> {
            String translation = translated.get(key);
            if (translation != null && !arguments(text).equals(arguments(translation))) {
                differing.put(key, "English " + arguments(text) + ", translation " + arguments(translation));
            }
        });
        assertThat(differing).as("texts of %s whose arguments ({n}) differ from English", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void everyTextIsAValidMessageFormat(String bundle, String language) throws IOException {
        String file = translatedBundle(bundle, language);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> english = load(englishBundle(bundle));
        Map<String, String> problems = new TreeMap<>();
        load(file).forEach((key, text) -> {
            try {
                MessageFormat format = new MessageFormat(text, locale);
                String englishText = english.get(key);
                if (englishText == null) {
                    return;
                }
                List<String> kinds = kinds(format);
                List<String> englishKinds = kinds(new MessageFormat(englishText, Locale.ENGLISH));
                if (!kinds.equals(englishKinds)) {
                    problems.put(key, "argument formats " + kinds + " instead of " + englishKinds);
                    return;
                }
                if (!arguments(englishText).isEmpty() || englishText.contains("''")) {
                    if (SINGLE_APOSTROPHE.matcher(text).find()) {
                        problems.put(key, "a single apostrophe quotes text in MessageFormat: write ''");
                        return;
                    }
                    String shown = format.format(sampleArguments(format));
                    for (int index : arguments(englishText)) {
                        String expected = format.getFormatsByArgumentIndex()[index] == null ? marker(index) : "7";
                        if (!shown.contains(expected)) {
                            problems.put(key, "argument {" + index + "} does not show in \"" + shown + "\"");
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.put(key, e.getMessage());
            }
        });
        assertThat(problems).as("texts of %s that MessageFormat cannot use as English does", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void isValidUtf8WithoutDuplicateKeys(String bundle, String language) throws IOException {
        String file = translatedBundle(bundle, language);
        List<String> duplicates = new ArrayList<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object previous = super.put(key, value);
                if (previous != null) {
                    duplicates.add((String) key);
                }
                return previous;
            }
        };
        try (Reader reader = strictUtf8(file)) {
            properties.load(reader);
        }
        assertThat(duplicates).as("keys written twice in %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void keepsTheEnglishKeyOrder(String bundle, String language) throws IOException {
        String file = translatedBundle(bundle, language);
        List<String> english = new ArrayList<>(keysInOrder(englishBundle(bundle)));
        List<String> translated = new ArrayList<>(keysInOrder(file));
        english.retainAll(translated);
        translated.retainAll(english);
        assertThat(translated).as("keys of %s in the order of %s", file, englishBundle(bundle))
                .containsExactlyElementsOf(english);
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Map<String, String> bundleOfKey = new TreeMap<>();
        Map<String, String> twice = new TreeMap<>();
        for (String bundle : BUNDLES) {
            for (String key : load(englishBundle(bundle)).keySet()) {
                String earlier = bundleOfKey.putIfAbsent(key, bundle);
                if (earlier != null) {
                    twice.put(key, earlier + " and " + bundle);
                }
            }
        }
        assertThat(twice).as("keys in two bundles (the first of spring.messages.basename hides the other)").isEmpty();
    }

    /**
     * A text with arguments goes through MessageFormat, where a single apostrophe starts a
     * quotation and disappears: such texts double it ("expert''s"). Texts without arguments
     * are shown as written, with single apostrophes.
     */
    @Test
    void apostrophesOfTextsWithArgumentsAreDoubled() throws IOException {
        Map<String, String> single = new TreeMap<>();
        for (String bundle : BUNDLES) {
            for (String language : List.of("", "_ko", "_ja", "_zh", "_ru")) {
                String file = "i18n/" + bundle + language + ".properties";
                load(file).forEach((key, text) -> {
                    if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                        single.put(file + " " + key, text);
                    }
                });
            }
        }
        assertThat(single).as("texts with arguments and a single apostrophe").isEmpty();
    }

    /** Every translated bundle, as (bundle, language). */
    static Stream<Arguments> translations() {
        return BUNDLES.stream().flatMap(bundle -> LANGUAGES.stream().map(language -> Arguments.of(bundle, language)));
    }

    private static String englishBundle(String bundle) {
        return "i18n/" + bundle + ".properties";
    }

    private static String translatedBundle(String bundle, String language) {
        return "i18n/" + bundle + "_" + language + ".properties";
    }

    /** The bundle's keys in the order its file gives them. */
    private static Set<String> keysInOrder(String resource) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        try (Reader reader = strictUtf8(resource)) {
            properties.load(reader);
        }
        return keys;
    }

    /** The bundle's texts by key, read as UTF-8 (as Spring Boot reads them). */
    private static Map<String, String> load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = strictUtf8(resource)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    /** Fails on bytes that are not UTF-8 instead of replacing them. */
    private static Reader strictUtf8(String resource) {
        InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("%s on the class path", resource).isNotNull();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** The argument indexes a text names ({0}, {1,number}, ...), nested ones included. */
    private static Set<Integer> arguments(String text) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    /** What each argument index is formatted as: text, number or choice. */
    private static List<String> kinds(MessageFormat format) {
        List<String> kinds = new ArrayList<>();
        for (Format argument : format.getFormatsByArgumentIndex()) {
            kinds.add(argument == null ? "text"
                    : argument instanceof ChoiceFormat ? "choice"
                    : argument instanceof NumberFormat ? "number"
                    : argument.getClass().getSimpleName());
        }
        return kinds;
    }

    private static Object[] sampleArguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int index = 0; index < formats.length; index++) {
            arguments[index] = formats[index] == null ? marker(index) : Integer.valueOf(7);
        }
        return arguments;
    }

    private static String marker(int index) {
        return "<arg" + index + ">";
    }
}
