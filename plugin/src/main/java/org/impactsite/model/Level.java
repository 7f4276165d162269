package org.impactsite.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A step of the results chain, or {@link #CONTEXT}: a figure that describes the platform or the
 * problem (a hashtag's views worldwide, a share of women who suffered violence) rather than
 * what the campaign achieved. Outcomes are always results; only metrics may be context.
 */
public enum Level {
    OUTPUT("output"),
    OUTCOME("outcome"),
    IMPACT("impact"),
    CONTEXT("context");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** Whether this is a step of the results chain (not context). */
    public boolean isResult() {
        return this != CONTEXT;
    }

    public String id() {
        return id;
    }

    public static Optional<Level> fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
