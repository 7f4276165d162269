package org.impactsite.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** ISO 3166-1 alpha-2 country codes, as Java knows them. */
public final class CountryCodes {

    private static final Set<String> CODES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

    private CountryCodes() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    /**
     * The code of a country written by its English name ({@code China} is {@code CN}), or the
     * closest code to a mistyped one; empty when neither fits.
     */
    public static Optional<String> suggest(String written) {
        String w = written.trim();
        for (String code : CODES) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.equalsIgnoreCase(w)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
