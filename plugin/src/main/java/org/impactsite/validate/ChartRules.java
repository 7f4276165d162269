package org.impactsite.validate;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/** What each type of declared chart needs from the metrics it draws. */
public final class ChartRules {

    private ChartRules() {
    }

    /**
     * Checks one declared chart.
     *
     * @param field   the chart's name in messages ({@code charts[1]})
     * @param at      where the chart's metric list is written
     * @param metrics the metrics the chart draws, each located where the chart names it; ids that
     *                name no metric have been reported already and are not in this list
     */
    public static void check(ChartType type, String field, Location at, List<Located<Metric>> metrics,
            Problems problems) {
        Objects.requireNonNull(type, "type");
        if ((type == ChartType.BAR || type == ChartType.LINE) && units(metrics).size() > 1) {
            problems.error(at, field + " mixes the units " + String.join(", ", units(metrics))
                    + ": different units never share one axis",
                    "split it into one chart per unit");
        }
        if (type == ChartType.FUNNEL && metrics.size() == 1) {
            problems.error(at, field + " is a funnel with one stage",
                    "list the stages from the widest to the narrowest, e.g. metrics: [views, clicks, referrals]");
        }
        for (Located<Metric> m : metrics) {
            checkOne(type, field, m.value(), m.at(), problems);
        }
    }

    private static void checkOne(ChartType type, String field, Metric m, Location at, Problems problems) {
        switch (type) {
            case LINE -> {
                if (!m.hasSeries()) {
                    problems.error(at, field + " is a line chart, but metric \"" + m.id() + "\" has no series",
                            "give " + m.id() + " a series (a list of {date, value} or a CSV file), or use a bar chart");
                }
            }
            case PROGRESS -> {
                if (!m.hasTarget()) {
                    problems.error(at, field + " shows progress, but metric \"" + m.id() + "\" has no target",
                            "add target: to " + m.id() + ", or use a bar chart");
                }
            }
            case BEFORE_AFTER -> {
                if (!m.hasBaseline()) {
                    problems.error(at, field + " shows before and after, but metric \"" + m.id()
                            + "\" has no baseline and value",
                            "add baseline: (the figure before the campaign) to " + m.id() + ", or use a bar chart");
                }
            }
            default -> {
                // bar, funnel and share draw any figure.
            }
        }
    }

    private static TreeSet<String> units(List<Located<Metric>> metrics) {
        TreeSet<String> units = new TreeSet<>();
        metrics.forEach(m -> m.value().unitOpt().ifPresent(units::add));
        return units;
    }
}
