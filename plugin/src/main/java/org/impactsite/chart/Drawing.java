package org.impactsite.chart;

import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/** A chart laid out but not yet written as SVG, with the words and figures that go with it. */
record Drawing(JFreeChart chart, int width, int height, String description, DataTable table, List<String> notes) {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;

    Drawing {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(table, "table");
        notes = List.copyOf(notes);
    }

    static Drawing of(JFreeChart chart, int height, String description, DataTable table) {
        return new Drawing(chart, WIDTH, height, description, table, List.of());
    }
}
