package org.impactsite.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of chart a case study can declare under {@code charts:}. */
public enum ChartType {
    BAR("bar"),
    LINE("line"),
    PROGRESS("progress"),
    BEFORE_AFTER("before-after"),
    FUNNEL("funnel"),
    SHARE("share");

    private final String id;

    ChartType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ChartType> fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
