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
 * @param narrowSvg   the same chart laid out for a phone (fewer ticks, more room for labels),
 *                    its ids prefixed apart; the page shows one or the other by its width
 * @param subtitle    what is measured and in what unit ("Counted in views"); may be empty
 * @param source      where the figures come from ("RNW Media; UNICEF"); may be empty
 */
public record RenderedChart(String id, ChartType type, String title, String svg, String description, DataTable table,
        List<String> notes, String narrowSvg, String subtitle, String source) {

    /** A chart with one layout for every width, and no subtitle or source line. */
    public RenderedChart(String id, ChartType type, String title, String svg, String description, DataTable table,
            List<String> notes) {
        this(id, type, title, svg, description, table, notes, svg, "", "");
    }

    public RenderedChart {
        Objects.requireNonNull(narrowSvg, "narrowSvg");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(table, "table");
        notes = List.copyOf(notes);
    }
}
