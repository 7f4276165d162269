package org.impactsite.chart;

import java.util.List;
import java.util.Objects;
import org.impactsite.model.ChartType;

/**
 * A chart ready for a page.
 *
 * @param id          unique on its page and stable between builds ({@code chart-1}); also the
 *                    prefix of every id inside the SVG
 * @param svg         a complete {@code <svg>} element (no XML prolog) with role="img",
 *                    {@code <title>} and {@code <desc>}; text kept as text
 * @param description the text alternative, written from the data, one or two sentences
 * @param table       the chart's data with full figures, shown beside it
 * @param notes       remarks for readers, e.g. "Logarithmic scale: each step is ten times the last."
 */
public record RenderedChart(
        String id, ChartType type, String title, String svg, String description, DataTable table, List<String> notes) {

    public RenderedChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(table, "table");
        notes = List.copyOf(notes);
    }
}
