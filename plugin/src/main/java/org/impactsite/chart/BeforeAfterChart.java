package org.impactsite.chart;

import java.util.ArrayList;
import java.util.List;
import org.impactsite.model.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A baseline beside the value it became, with the change: one metric as two columns under a
 * headline ("Change: +171.5%", or "about 30 times" when a figure is not exact) and a dashed line at its target if it has one; several
 * metrics of one unit as pairs of horizontal bars, each "after" labelled with its change.
 */
final class BeforeAfterChart {

    private static final int SINGLE_HEIGHT = 340;

    private BeforeAfterChart() {
    }

    static Drawing draw(ChartPlan plan, Figures f, Theme theme) {
        List<Metric> metrics = plan.metrics();
        boolean targets = metrics.stream().anyMatch(Metric::hasTarget);
        List<List<String>> rows = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Metric m : metrics) {
            String change = f.change(m);
            List<String> row = new ArrayList<>(List.of(m.label(), f.fullBaseline(m), f.full(m), change));
            if (targets) {
                row.add(m.hasTarget() ? f.full(m.target()) : "");
            }
            rows.add(row);
            sentences.add(f.words().change(m.label(), m.value().compareTo(m.baseline()),
                    f.proseBaseline(m), f.prose(m), change));
        }
        if (metrics.size() == 1 && metrics.get(0).hasTarget()) {
            sentences.add(f.words().target(f.prose(metrics.get(0).target())));
        }
        List<String> headers = new ArrayList<>(
                List.of(f.words().metric, f.words().before, f.words().after, f.words().change));
        if (targets) {
            headers.add(f.words().target);
        }
        DataTable table = new DataTable(plan.title(), headers, rows);
        String description = f.words().sentences(sentences);
        return metrics.size() == 1
                ? Drawing.of(f.width(), single(metrics.get(0), f, theme), SINGLE_HEIGHT, description, table)
                : Drawing.of(f.width(), pairs(metrics, f, theme), pairsHeight(metrics.size()), description, table);
    }

    private static JFreeChart single(Metric m, Figures f, Theme theme) {
        List<Bars.Bar> bars = List.of(
                new Bars.Bar(f.words().before, m.baseline().doubleValue(), f.compactBaseline(m), Theme.NEUTRAL),
                new Bars.Bar(f.words().after, m.value().doubleValue(), f.compact(m), theme.accent()));
        JFreeChart chart = Bars.vertical(theme, bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT), SINGLE_HEIGHT);
        String change = f.change(m);
        if (!change.isEmpty()) {
            Charts.headline(theme, chart, f.words().headline(f.words().change, change));
        }
        if (m.hasTarget()) {
            target(theme, chart.getCategoryPlot(), m, f);
        }
        return chart;
    }

    private static JFreeChart pairs(List<Metric> metrics, Figures f, Theme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[][] labels = new String[2][metrics.size()];
        List<Bars.Bar> ends = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            Category c = new Category(i, SvgWriter.plain(m.label()));
            data.addValue(m.baseline().doubleValue(), f.words().before, c);
            data.addValue(m.value().doubleValue(), f.words().after, c);
            labels[0][i] = f.compactBaseline(m);
            String change = f.change(m);
            labels[1][i] = change.isEmpty() ? f.compact(m) : f.compact(m) + " (" + change + ")";
            ends.add(new Bars.Bar(c.label(), m.baseline().doubleValue(), labels[0][i], null));
            ends.add(new Bars.Bar(c.label(), m.value().doubleValue(), labels[1][i], null));
        }
        BarRenderer r = Bars.flat(theme, new BarRenderer());
        r.setSeriesPaint(0, Theme.NEUTRAL);
        r.setSeriesPaint(1, theme.accent());
        r.setDefaultItemLabelGenerator(new FixedLabels(labels));
        Bars.labelsAtEnd(r, PlotOrientation.HORIZONTAL);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null),
                Charts.valueAxis(theme, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT)), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Charts.style(theme, plot);
        Bars.horizontalCategories(theme, plot, pairsHeight(metrics.size()), f.width(), 0.3);
        Bars.fitLabels(theme, plot, ends, Bars.dataWidth(theme, ends.stream().map(Bars.Bar::category).toList(), f.width()), false);
        return Charts.of(theme, plot, true);
    }

    private static int pairsHeight(int n) {
        return 80 + 72 * n;
    }

    private static void target(Theme theme, CategoryPlot plot, Metric m, Figures f) {
        double t = m.target().doubleValue();
        plot.addRangeMarker(Charts.marker(theme, t, f.words().headline(f.words().target, f.compact(m.target())), false),
                Layer.FOREGROUND);
        if (plot.getRangeAxis().getUpperBound() < t * 1.12) {
            plot.getRangeAxis().setRange(0, t * 1.12);
            Charts.roundTicks((NumberAxis) plot.getRangeAxis(), 0, t * 1.12, false);
        }
    }
}
