package org.impactsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.impactsite.model.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Values against their targets: each metric a bar over a pale track that ends at the target,
 * labelled "4,073 of 5,000 (81.5%)". Measured in per cent of the target, so metrics of
 * different units can stand one under the other.
 */
final class ProgressChart {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressChart() {
    }

    static Drawing draw(ChartPlan plan, Figures f, Theme theme) {
        List<Metric> metrics = plan.metrics();
        int n = metrics.size();
        DefaultCategoryDataset track = new DefaultCategoryDataset();
        DefaultCategoryDataset done = new DefaultCategoryDataset();
        String[] trackLabels = new String[n];
        String[] doneLabels = new String[n];
        List<Bars.Bar> ends = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        boolean beyond = false;
        for (int i = 0; i < n; i++) {
            Metric m = metrics.get(i);
            Category c = new Category(i, SvgWriter.plain(m.label()));
            double percent = m.latest().multiply(HUNDRED).divide(m.target(), 6, RoundingMode.HALF_EVEN).doubleValue();
            String share = f.share(m.latest(), m.target());
            String label = f.words().ofTarget(f.compact(m), f.compact(m.target()), share);
            track.addValue(100, f.words().target, c);
            done.addValue(Math.max(percent, 0), f.words().progress, c);
            if (percent > 100) {
                doneLabels[i] = label;
                beyond = true;
            } else {
                trackLabels[i] = label;
            }
            ends.add(new Bars.Bar(c.label(), Math.max(percent, 100), label, null));
            rows.add(List.of(m.label(), f.full(m), f.full(m.target()), share));
            sentences.add(f.words().progress(m.label(), f.prose(m), f.prose(m.target()), share, percent >= 100));
        }
        BarRenderer trackRenderer = Bars.flat(theme, new BarRenderer());
        trackRenderer.setSeriesPaint(0, theme.track());
        trackRenderer.setDefaultItemLabelGenerator(FixedLabels.oneSeries(trackLabels));
        Bars.labelsAtEnd(trackRenderer, PlotOrientation.HORIZONTAL);
        BarRenderer doneRenderer = Bars.flat(theme, new BarRenderer());
        doneRenderer.setSeriesPaint(0, theme.accent());
        doneRenderer.setDefaultItemLabelGenerator(FixedLabels.oneSeries(doneLabels));
        Bars.labelsAtEnd(doneRenderer, PlotOrientation.HORIZONTAL);

        CategoryPlot plot = new CategoryPlot(track, new CategoryAxis(null),
                Charts.valueAxis(theme, new AxisFormat(f.numbers(), AxisFormat.Kind.PERCENT)), trackRenderer);
        plot.setDataset(1, done);
        plot.setRenderer(1, doneRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Charts.style(theme, plot);
        plot.getRangeAxis().setVisible(false);
        plot.setRangeGridlinesVisible(false);
        int height = Math.max(110, 50 + (Drawing.narrow(f.width()) ? 56 : 46) * n);
        Bars.horizontalCategories(theme, plot, height, f.width());
        if (beyond) {
            plot.addRangeMarker(Charts.marker(theme, 100, null, true), Layer.FOREGROUND);
        }
        Bars.fitLabels(theme, plot, ends, Bars.dataWidth(theme, ends.stream().map(Bars.Bar::category).toList(), f.width()), false);

        JFreeChart chart = Charts.of(theme, plot, false);
        DataTable table = new DataTable(plan.title(),
                List.of(f.words().metric, f.words().value, f.words().target, f.words().progress), rows);
        return Drawing.of(f.width(), chart, height, f.words().sentences(sentences), table);
    }
}
