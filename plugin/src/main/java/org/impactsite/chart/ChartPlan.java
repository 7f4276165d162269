package org.impactsite.chart;

import java.util.List;
import java.util.Objects;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;

/** One chart to draw: its type, its title and the metrics it shows (never empty). */
record ChartPlan(ChartType type, String title, List<Metric> metrics) {

    ChartPlan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a chart needs metrics");
        }
    }
}
