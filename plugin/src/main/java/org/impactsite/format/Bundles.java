package org.impactsite.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the report, one set of bundles for pages and charts alike: the theme's
 * {@code messages.properties} (English) and {@code messages_<language>.properties}, read from the
 * general to the specific, each key of a more specific file replacing the general one. Chart
 * words are the keys that start with {@code chart.}.
 */
public final class Bundles {

    /** Where the theme's files are, in the theme jar. */
    public static final String THEME_ROOT = "/org/impactsite/theme/";

    /** The prefix of the chart words. */
    public static final String CHART = "chart.";

    private Bundles() {
    }

    /** {@code messages}, {@code messages_zh}, {@code messages_zh_CN}: from the general to the specific. */
    public static List<String> chain(Locale locale) {
        List<String> names = new ArrayList<>(List.of("messages"));
        if (!locale.getLanguage().isEmpty()) {
            names.add("messages_" + locale.getLanguage());
            if (!locale.getCountry().isEmpty()) {
                names.add("messages_" + locale.getLanguage() + "_" + locale.getCountry());
            }
        }
        return names;
    }

    /** Every text of the theme for the language, by key. */
    public static Map<String, String> theme(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        for (String name : chain(locale)) {
            texts.putAll(themeBundle(name));
        }
        return texts;
    }

    /** One of the theme's bundles; empty when the theme has none of that name. */
    public static Map<String, String> themeBundle(String name) {
        try (InputStream in = Bundles.class.getResourceAsStream(THEME_ROOT + name + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's " + name, e);
        }
    }

    /** The keys and texts of a bundle's text; empty when it is not one (a malformed escape). */
    public static Map<String, String> read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    /** The keys of {@code texts} that start with {@code prefix}, without it. */
    public static Map<String, String> under(String prefix, Map<String, String> texts) {
        Map<String, String> m = new HashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                m.put(k.substring(prefix.length()), v);
            }
        });
        return m;
    }
}
