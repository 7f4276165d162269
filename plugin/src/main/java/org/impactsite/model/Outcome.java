package org.impactsite.model;

import java.util.Objects;

/** A result in words, placed on the results chain, optionally tied to a metric. */
public record Outcome(String text, Level level, String metricId) {

    public Outcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
    }
}
