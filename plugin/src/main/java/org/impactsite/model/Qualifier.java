package org.impactsite.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How exact a reported figure is: "more than 1 million views". */
public enum Qualifier {
    MORE_THAN("more than"),
    ALMOST("almost"),
    ABOUT("about"),
    AT_LEAST("at least");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    /** The words as a user writes them and as the report shows them (English). */
    public String words() {
        return words;
    }

    public static Optional<Qualifier> fromWords(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(q -> q.words.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return words;
    }
}
