package org.impactsite.model;

import java.util.List;
import java.util.Objects;

/** A chart the user declared: its type, an optional title and the metric ids it draws. */
public record ChartSpec(ChartType type, String title, List<String> metricIds) {

    public ChartSpec {
        Objects.requireNonNull(type, "type");
        metricIds = List.copyOf(metricIds);
    }
}
