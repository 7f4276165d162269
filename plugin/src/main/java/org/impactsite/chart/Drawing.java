package org.impactsite.chart;

import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/** A chart laid out but not yet written as SVG, with the words and figures that go with it. */
record Drawing(JFreeChart chart, int width, int height, String description, DataTable table, List<String> notes) {

    /** The width of a chart drawn for a wide screen. */
    static final int WIDTH = 640;
    /**
     * The width of a chart drawn for a phone: shown 270 to 450 CSS px wide, so its 13 to 14
     * unit text stays 12 px or more.
     */
    static final int NARROW = 300;
    static final int HEIGHT = 360;

    /** Whether a chart {@code width} units wide is the phone layout. */
    static boolean narrow(int width) {
        return width < WIDTH;
    }

    Drawing {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(table, "table");
        notes = List.copyOf(notes);
    }

    static Drawing of(int width, JFreeChart chart, int height, String description, DataTable table) {
        return new Drawing(chart, width, height, description, table, List.of());
    }
}
