package org.impactsite.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.impactsite.model.Metric;
import org.jfree.chart.JFreeChart;

/** Metrics of one unit side by side, one bar each, in the order given. */
final class BarChart {

    private BarChart() {
    }

    /** How many times the largest bar may be the smallest before the chart says so. */
    static final double FAR_APART = 100;

    /**
     * A note when the largest figure is a hundred times the smallest or more: on one linear axis
     * the small bar is a sliver, and a reader should know to read its figure.
     */
    static List<String> farApart(List<Metric> metrics, Figures f) {
        double max = metrics.stream().mapToDouble(m -> m.latest().doubleValue()).max().orElse(0);
        double min = metrics.stream().mapToDouble(m -> m.latest().doubleValue()).filter(v -> v > 0).min().orElse(0);
        return min > 0 && max / min >= FAR_APART ? List.of(f.words().farApart) : List.of();
    }

    static Drawing draw(ChartPlan plan, Figures f, Theme theme) {
        List<Metric> metrics = plan.metrics();
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : metrics) {
            bars.add(new Bars.Bar(SvgWriter.plain(m.label()), m.latest().doubleValue(), f.compact(m), theme.accent()));
            rows.add(List.of(m.label(), f.full(m)));
        }
        AxisFormat axis = new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT);
        List<String> categories = bars.stream().map(Bars.Bar::category).toList();
        JFreeChart chart;
        int height;
        if (Bars.wantsHorizontal(categories)) {
            chart = Bars.horizontal(theme, bars, axis, f.width());
            height = Bars.horizontalHeight(bars.size(), f.width());
        } else {
            height = Drawing.HEIGHT;
            chart = Bars.vertical(theme, bars, axis, height);
        }
        String unit = metrics.get(0).unit();
        String valueHeader = unit == null || unit.isBlank() ? f.words().value : ChartWords.capitalise(unit.strip());
        DataTable table = new DataTable(plan.title(), List.of(f.words().metric, valueHeader), rows);
        List<String> ranked = metrics.stream()
                .sorted(Comparator.comparing(Metric::latest).reversed())
                .map(m -> f.words().ranked(m.label(), f.prose(m)))
                .toList();
        return new Drawing(chart, f.width(), height, f.words().ranking(ranked), table, farApart(metrics, f));
    }
}
