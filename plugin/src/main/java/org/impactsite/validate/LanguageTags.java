package org.impactsite.validate;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** The report's language: a well-formed BCP 47 tag whose language Java knows ({@code en}, {@code zh-CN}). */
public final class LanguageTags {

    private static final Set<String> LANGUAGES = new TreeSet<>(Arrays.asList(Locale.getISOLanguages()));

    private LanguageTags() {
    }

    /** The tag in its canonical form ({@code zh-cn} becomes {@code zh-CN}), or empty when it is not usable. */
    public static Optional<String> canonical(String tag) {
        String t = tag.trim().replace('_', '-');
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(t).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || (language.length() == 2 && !LANGUAGES.contains(language)) || language.length() > 3) {
            return Optional.empty();
        }
        return Optional.of(locale.toLanguageTag());
    }

    /** The tag of a language written by its English name ({@code English} is {@code en}). */
    public static Optional<String> suggest(String written) {
        String w = written.trim();
        for (String code : LANGUAGES) {
            if (new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(w)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a tag {@link #canonical} refuses, after the name of the setting. */
    public static String refusal(String tag) {
        return "must be a language tag such as en, fr or zh-CN, got \"" + tag + "\"";
    }

    /** The hint for a refused tag: the tag of the language it names, written as {@code howToWrite} shows, or how tags look. */
    public static String hint(String tag, UnaryOperator<String> howToWrite) {
        return suggest(tag).map(howToWrite).orElse("use a BCP 47 tag: a two-letter language code, optionally a region (pt-BR)");
    }
}
