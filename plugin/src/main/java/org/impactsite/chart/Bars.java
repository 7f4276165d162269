package org.impactsite.chart;

import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of one series: a bar per category, each with its own colour and a value label at
 * its end. Horizontal bars read best with long labels; vertical ones suit years.
 */
final class Bars {

    /** One bar: the category's label, the length, the text at its end, its colour. */
    record Bar(String category, double value, String label, Color color) {
    }

    private static final double LABEL_GAP = 6;
    private static final double CATEGORY_WIDTH_RATIO = 0.34;
    private static final double BAR_THICKNESS = 28;
    /** About how far a narrow chart's plot sits from its left and right edges. */
    private static final double EDGE = 12;

    private Bars() {
    }

    /**
     * Height for {@code n} horizontal bars {@code width} units wide: grows with the bars, never
     * cramped; a narrow chart writes its labels above the bars, so its rows are taller.
     */
    static int horizontalHeight(int n, int width) {
        return Math.max(150, 56 + (Drawing.narrow(width) ? 56 : 44) * n);
    }

    /** Horizontal bars, {@link #horizontalHeight} high, with a value axis. */
    static JFreeChart horizontal(Theme theme, List<Bar> bars, NumberFormat axisFormat, int width) {
        return horizontal(theme, bars, axisFormat, width, true);
    }

    /** Horizontal bars, {@link #horizontalHeight} high; without a value axis, the bars take its room. */
    static JFreeChart horizontal(Theme theme, List<Bar> bars, NumberFormat axisFormat, int width, boolean valueAxis) {
        CategoryPlot plot = plot(theme, bars, axisFormat, PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setVisible(valueAxis);
        plot.setRangeGridlinesVisible(valueAxis);
        horizontalCategories(theme, plot, horizontalHeight(bars.size(), width), width);
        fitLabels(theme, plot, bars, dataWidth(theme, bars.stream().map(Bar::category).toList(), width), false);
        return Charts.of(theme, plot, false);
    }

    static JFreeChart vertical(Theme theme, List<Bar> bars, NumberFormat axisFormat, int height) {
        CategoryPlot plot = plot(theme, bars, axisFormat, PlotOrientation.VERTICAL);
        CategoryAxis axis = plot.getDomainAxis();
        int n = bars.size();
        double edge = n <= 2 ? 0.16 : n == 3 ? 0.08 : 0.03;
        axis.setCategoryMargin(n > 8 ? 0.25 : n <= 2 ? 0.3 : 0.4);
        axis.setLowerMargin(edge);
        axis.setUpperMargin(edge);
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.18);
        fitLabels(theme, plot, bars, height - 90, true);
        return Charts.of(theme, plot, false);
    }

    /**
     * Category labels of a horizontal chart {@code height} pixels high: beside the bars at most
     * a third of the width, bars no thicker than {@link #BAR_THICKNESS} pixels. A narrow chart
     * has no room beside its bars: there each label is written above its bar, across the width.
     */
    static void horizontalCategories(Theme theme, CategoryPlot plot, int height, int width) {
        horizontalCategories(theme, plot, height, width, 0.35);
    }

    /** As {@link #horizontalCategories(Theme, CategoryPlot, int, int)}, with this share of the height between categories. */
    static void horizontalCategories(Theme theme, CategoryPlot plot, int height, int width, double categoryMargin) {
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio((float) CATEGORY_WIDTH_RATIO);
        axis.setMaximumCategoryLabelLines(2);
        double dataHeight = Math.max(height - (plot.getRangeAxis().isVisible() ? 62 : 32), 40);
        axis.setCategoryMargin(categoryMargin);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        if (Drawing.narrow(width)) {
            labelsAbove(theme, plot, axis, dataHeight, width);
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof BarRenderer r) {
                r.setMaximumBarWidth(BAR_THICKNESS / dataHeight);
            }
        }
    }

    /** Room above each bar for one line of label text. */
    private static final double LABEL_ROOM = 22;

    private static void labelsAbove(Theme theme, CategoryPlot plot, CategoryAxis axis, double dataHeight, int width) {
        axis.setVisible(false);
        List<?> keys = plot.getDataset(0).getColumnKeys();
        int n = keys.size();
        double lower = Math.max(0.04, LABEL_ROOM / dataHeight);
        double between = n > 1 ? Math.max(axis.getCategoryMargin(), LABEL_ROOM * (n - 1) / dataHeight) : 0;
        axis.setLowerMargin(lower);
        axis.setUpperMargin(0.02);
        axis.setCategoryMargin(Math.min(between, 0.9 - lower));
        double room = width - 2 * EDGE;
        for (Object key : keys) {
            CategoryTextAnnotation a = new CategoryTextAnnotation(fit(theme, key.toString(), room), (Comparable<?>) key, 0);
            a.setCategoryAnchor(CategoryAnchor.START);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            a.setFont(theme.label());
            a.setPaint(Theme.TEXT);
            plot.addAnnotation(a);
        }
    }

    /** The text, cut with an ellipsis where it would be wider than {@code room} pixels. */
    static String fit(Theme theme, String text, double room) {
        if (Charts.width(text, theme.label()) <= room) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        while (n > 1 && Charts.width(new String(cps, 0, n).strip() + "\u2026", theme.label()) > room) {
            n--;
        }
        return new String(cps, 0, n).strip() + "\u2026";
    }

    /** Makes a bar renderer flat: no gradient, shadow or outline; value labels in the text colour. */
    static <R extends BarRenderer> R flat(Theme theme, R r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.06);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.value());
        r.setDefaultItemLabelPaint(Theme.TEXT);
        r.setItemLabelAnchorOffset(LABEL_GAP);
        return r;
    }

    static void labelsAtEnd(BarRenderer r, PlotOrientation orientation) {
        ItemLabelPosition p = orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        r.setDefaultPositiveItemLabelPosition(p);
        r.setPositiveItemLabelPositionFallback(p);
    }

    /**
     * Stretches the value axis so the longest bar plus its label fits the plot
     * ({@code dataSize} pixels long): labels never run off the chart.
     */
    static void fitLabels(Theme theme, CategoryPlot plot, List<Bar> bars, double dataSize, boolean vertical) {
        double upper = 0;
        boolean negative = false;
        for (Bar b : bars) {
            negative |= b.value() < 0;
            double labelSize = vertical ? 22 : Charts.width(b.label(), theme.value()) + LABEL_GAP + 8;
            double room = Math.max(dataSize - labelSize, dataSize * 0.3);
            upper = Math.max(upper, b.value() * dataSize / room);
        }
        // counts of a few (awards, videos) get whole-number ticks: no "0.5 award"
        boolean whole = bars.stream().allMatch(b -> b.value() == Math.rint(b.value()));
        if (!negative && upper > 0) {
            plot.getRangeAxis().setRange(0, upper);
            if (plot.getRangeAxis() instanceof NumberAxis axis) {
                Charts.roundTicks(axis, 0, upper, whole, vertical ? 6 : Charts.ticksFor(dataSize));
            }
        }
    }

    private static CategoryPlot plot(Theme theme, List<Bar> bars, NumberFormat axisFormat, PlotOrientation orientation) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] labels = new String[bars.size()];
        Paint[] paints = new Paint[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            data.addValue(b.value(), "", new Category(i, b.category()));
            labels[i] = b.label();
            paints[i] = b.color();
        }
        BarRenderer r = flat(theme, new ColumnPaintRenderer(paints));
        r.setDefaultItemLabelGenerator(FixedLabels.oneSeries(labels));
        labelsAtEnd(r, orientation);
        NumberAxis valueAxis = Charts.valueAxis(theme, axisFormat);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), valueAxis, r);
        plot.setOrientation(orientation);
        Charts.style(theme, plot);
        return plot;
    }

    /** About how many pixels the bars of a horizontal chart have, beside these category labels. */
    static double dataWidth(Theme theme, List<String> categories, int width) {
        double w = 0;
        for (String c : categories) {
            w = Math.max(w, Charts.width(c, theme.label()));
        }
        if (Drawing.narrow(width)) {
            return width - 2 * EDGE - 8;
        }
        return width - 48 - Math.min(w + 12, CATEGORY_WIDTH_RATIO * width);
    }

    /** Long category labels, or many of them, read better beside horizontal bars. */
    static boolean wantsHorizontal(List<String> categories) {
        return categories.size() > 6 || categories.stream().anyMatch(c -> c.length() > 14);
    }

    /** Paints each bar of the single series in its own colour. */
    private static final class ColumnPaintRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;
        private final Paint[] paints;

        ColumnPaintRenderer(Paint[] paints) {
            this.paints = paints.clone();
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints[column];
        }
    }
}
