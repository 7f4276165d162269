package org.impactsite.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.impactsite.model.Metric;
import org.jfree.chart.JFreeChart;

/**
 * Steps of a funnel (views, clicks, referrals) as horizontal bars in the order listed, each
 * after the first labelled with its share of the step before.
 */
final class FunnelChart {

    private FunnelChart() {
    }

    static Drawing draw(ChartPlan plan, Figures f, Theme theme) {
        List<Metric> steps = plan.metrics();
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        BigDecimal first = steps.get(0).latest();
        BigDecimal previous = null;
        for (Metric m : steps) {
            BigDecimal v = m.latest();
            String ofPrevious = previous == null ? "" : f.share(v, previous);
            String label = ofPrevious.isEmpty() ? f.compact(m) : f.compact(m) + " · " + ofPrevious;
            bars.add(new Bars.Bar(SvgWriter.plain(m.label()), v.doubleValue(), label, theme.accent()));
            rows.add(List.of(m.label(), f.full(m), ofPrevious, previous == null ? "" : f.share(v, first)));
            previous = v;
        }
        JFreeChart chart = Bars.horizontal(theme, bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT), f.width());
        DataTable table = new DataTable(plan.title(),
                List.of(f.words().step, f.words().value, f.words().ofPrevious, f.words().ofFirst), rows);
        Metric last = steps.get(steps.size() - 1);
        String description = steps.size() == 1
                ? f.words().ranking(List.of(f.words().ranked(last.label(), f.prose(last))))
                : f.words().funnel(steps.get(0).label(), f.prose(steps.get(0)), last.label(), f.prose(last),
                        f.share(last.latest(), first));
        return Drawing.of(f.width(), chart, Bars.horizontalHeight(bars.size(), f.width()), description, table);
    }
}
