package org.impactsite.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;

/** The house style applied to JFreeChart's parts: flat, borderless, light grid, readable text. */
final class Charts {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private Charts() {
    }

    /** A chart around a styled plot; no title (the page shows it), a legend on top when asked. */
    static JFreeChart of(Theme theme, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, theme.label(), plot, legend);
        // no background: the chart takes the page's, light or dark
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(12, 8, 8, 16));
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessage(null);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(null);
            l.setItemFont(theme.label());
            l.setItemPaint(Theme.TEXT);
            l.setPosition(RectangleEdge.TOP);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
            l.setMargin(new RectangleInsets(0, 0, 8, 0));
        }
        return chart;
    }

    /** A bold line above the plot, such as the change of a before/after chart. */
    static void headline(Theme theme, JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, theme.headline(), Theme.TEXT, RectangleEdge.TOP,
                HorizontalAlignment.LEFT, VerticalAlignment.TOP, new RectangleInsets(0, 4, 10, 0));
        chart.addSubtitle(t);
    }

    static void style(Theme theme, CategoryPlot plot) {
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Theme.GRID);
        plot.setRangeGridlineStroke(Theme.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(theme.label());
        axis.setTickLabelPaint(Theme.TEXT);
        axis.setAxisLinePaint(Theme.AXIS_LINE);
        axis.setTickMarksVisible(false);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryLabelPositionOffset(8);
    }

    static void style(Theme theme, XYPlot plot) {
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Theme.GRID);
        plot.setRangeGridlineStroke(Theme.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ValueAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(theme.tick());
        axis.setTickLabelPaint(Theme.SOFT_TEXT);
        axis.setAxisLinePaint(Theme.AXIS_LINE);
        axis.setTickMarkPaint(Theme.AXIS_LINE);
        axis.setTickMarkOutsideLength(4f);
        axis.setTickMarkInsideLength(0f);
    }

    /** A value axis without line or tick marks, its labels written by {@code format}. */
    static NumberAxis valueAxis(Theme theme, NumberFormat format) {
        NumberAxis axis = new NumberAxis(null);
        axis.setNumberFormatOverride(format);
        axis.setTickLabelFont(theme.tick());
        axis.setTickLabelPaint(Theme.SOFT_TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setTickLabelInsets(new RectangleInsets(4, 4, 4, 8));
        return axis;
    }

    /**
     * About six ticks at round steps (1, 2, 2.5 or 5 times a power of ten) between
     * {@code lower} and {@code upper}, instead of as many as the labels leave room for.
     */
    static void roundTicks(NumberAxis axis, double lower, double upper, boolean integers) {
        roundTicks(axis, lower, upper, integers, 6);
    }

    /** How many ticks an axis {@code length} units long has room for: one per 80 units, 2 to 6. */
    static int ticksFor(double length) {
        return (int) Math.max(2, Math.min(6, Math.floor(length / 80)));
    }

    /** As {@link #roundTicks(NumberAxis, double, double, boolean)}, with about {@code ticks} steps. */
    static void roundTicks(NumberAxis axis, double lower, double upper, boolean integers, int ticks) {
        double span = upper - lower;
        if (!(span > 0) || !Double.isFinite(span)) {
            return;
        }
        double raw = span / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double step = magnitude * (r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10);
        if (integers) {
            step = Math.max(1, Math.rint(step));
        }
        axis.setTickUnit(new NumberTickUnit(step, axis.getNumberFormatOverride()), false, true);
    }

    /** A dashed line across the plot at {@code value}, such as a target, with its label if not null. */
    static ValueMarker marker(Theme theme, double value, String label, boolean horizontalPlot) {
        ValueMarker m = new ValueMarker(value, Theme.SOFT_TEXT, Theme.MARKER_STROKE);
        if (label == null) {
            return m;
        }
        m.setLabel(label);
        m.setLabelFont(theme.tick());
        m.setLabelPaint(Theme.TEXT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        if (horizontalPlot) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(0, 4, 0, 0));
        } else {
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        }
        return m;
    }

    /** The width {@code text} takes in {@code font}, as JFreeChart will measure it. */
    static double width(String text, Font font) {
        return text == null || text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }
}
