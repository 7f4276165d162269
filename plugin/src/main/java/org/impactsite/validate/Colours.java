package org.impactsite.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Colours in {@code site.yaml}: {@code #rrggbb}. */
public final class Colours {

    private static final Pattern HEX6 = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HEX3 = Pattern.compile("#[0-9a-fA-F]{3}");

    private Colours() {
    }

    /** The colour in lower case, or empty when it is not written {@code #rrggbb}. */
    public static Optional<String> normalise(String colour) {
        String c = colour.trim();
        return HEX6.matcher(c).matches() ? Optional.of(c.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** How to fix a colour that was refused; shows the long form of {@code #abc}. */
    public static String hintFor(String colour) {
        String c = colour.trim();
        if (HEX3.matcher(c).matches()) {
            String r = c.substring(1, 2);
            String g = c.substring(2, 3);
            String b = c.substring(3, 4);
            return "write all six digits: \"#" + (r + r + g + g + b + b).toLowerCase(Locale.ROOT) + "\"";
        }
        return "write a colour as # and six hexadecimal digits, in quotes: \"#b0306a\"";
    }
}
