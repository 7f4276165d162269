package org.impactsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.impactsite.model.Metric;
import org.jfree.chart.JFreeChart;

/**
 * Parts of a whole (the sum of the metrics) as horizontal bars measured in per cent, each
 * labelled with its share and figure. Bars rather than a pie: lengths compare better than
 * angles.
 */
final class ShareChart {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareChart() {
    }

    /** Empty when the parts add up to nothing (no share of nothing). */
    static Optional<Drawing> draw(ChartPlan plan, Figures f, Theme theme) {
        List<Metric> parts = plan.metrics();
        BigDecimal total = parts.stream().map(Metric::latest).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0 || parts.stream().anyMatch(m -> m.latest().signum() < 0)) {
            return Optional.empty();
        }
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Metric largest = parts.get(0);
        for (Metric m : parts) {
            String share = f.share(m.latest(), total);
            double percent = m.latest().multiply(HUNDRED).divide(total, 6, RoundingMode.HALF_EVEN).doubleValue();
            bars.add(new Bars.Bar(SvgWriter.plain(m.label()), percent, share + " (" + f.compact(m) + ")",
                    theme.accent()));
            rows.add(List.of(m.label(), f.full(m), share));
            if (m.latest().compareTo(largest.latest()) > 0) {
                largest = m;
            }
        }
        rows.add(List.of(f.words().total, f.full(total), f.share(total, total)));
        // shares are read from their labels: no value axis
        JFreeChart chart = Bars.horizontal(theme, bars, new AxisFormat(f.numbers(), AxisFormat.Kind.PERCENT), f.width(), false);
        DataTable table = new DataTable(plan.title(), List.of(f.words().part, f.words().value, f.words().share), rows);
        String description = f.words().share(largest.label(), f.share(largest.latest(), total), f.prose(largest),
                f.prose(total));
        return Optional.of(Drawing.of(f.width(), chart, Bars.horizontalHeight(bars.size(), f.width()), description, table));
    }
}
