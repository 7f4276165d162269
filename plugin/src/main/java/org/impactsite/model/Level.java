package org.impactsite.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A step of the results chain. */
public enum Level {
    OUTPUT("output"),
    OUTCOME("outcome"),
    IMPACT("impact");

    private final String id;

    Level(String id) {
        this.id = id;
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
