package org.impactsite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartSpec;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;

/**
 * Decides which charts a case study gets. Declared charts ({@code charts:}) come first and
 * alone; without them, charts are chosen from the data, metric by metric in file order:
 * <ul>
 * <li>a series of two or more points: a line;</li>
 * <li>a baseline and a value: before and after;</li>
 * <li>a target: progress towards it;</li>
 * <li>other metrics that state the same unit, two or more of them: one bar chart per unit.</li>
 * </ul>
 * Context figures ({@code level: context}: the platform's or the problem's size, not a result)
 * are never chosen: a chart beside the results would show them as one. A metric alone in its
 * unit, or without a unit, gets no chart (the page shows it as a
 * figure). Metrics of different units never share an axis: a declared bar, line, share or
 * before/after chart that mixes units is drawn as one chart per unit.
 */
final class ChartPlanner {

    private ChartPlanner() {
    }

    static List<ChartPlan> plan(CaseStudy cs) {
        return plan(cs, ChartWords.ENGLISH);
    }

    /** @param words the words of titles the user did not write */
    static List<ChartPlan> plan(CaseStudy cs, ChartWords words) {
        return cs.charts().isEmpty() ? chosen(cs.metrics(), words) : declared(cs, words);
    }

    static List<ChartPlan> chosen(List<Metric> metrics) {
        return chosen(metrics, ChartWords.ENGLISH);
    }

    static List<ChartPlan> chosen(List<Metric> all, ChartWords words) {
        List<Metric> metrics = all.stream().filter(m -> !m.isContext()).toList();
        Map<String, List<Metric>> plainByUnit = new LinkedHashMap<>();
        for (Metric m : metrics) {
            if (kind(m).isEmpty() && m.unit() != null && !m.unit().isBlank()) {
                plainByUnit.computeIfAbsent(ChartWords.unitKey(m.unit()), k -> new ArrayList<>()).add(m);
            }
        }
        List<ChartPlan> plans = new ArrayList<>();
        for (Metric m : metrics) {
            Optional<ChartType> kind = kind(m);
            if (kind.isPresent()) {
                plans.add(new ChartPlan(kind.get(), words.title(kind.get(), List.of(m)), List.of(m)));
            } else if (m.unit() != null && !m.unit().isBlank()) {
                List<Metric> group = plainByUnit.get(ChartWords.unitKey(m.unit()));
                if (group.size() >= 2 && group.get(0) == m) {
                    plans.add(new ChartPlan(ChartType.BAR, words.title(ChartType.BAR, group), group));
                }
            }
        }
        return List.copyOf(plans);
    }

    /** The chart a metric gets on its own, if any. */
    private static Optional<ChartType> kind(Metric m) {
        if (m.series().size() >= 2) {
            return Optional.of(ChartType.LINE);
        }
        if (m.hasBaseline()) {
            return Optional.of(ChartType.BEFORE_AFTER);
        }
        if (m.hasTarget() && m.target().signum() > 0) {
            return Optional.of(ChartType.PROGRESS);
        }
        return Optional.empty();
    }

    static List<ChartPlan> declared(CaseStudy cs) {
        return declared(cs, ChartWords.ENGLISH);
    }

    static List<ChartPlan> declared(CaseStudy cs, ChartWords words) {
        List<ChartPlan> plans = new ArrayList<>();
        for (ChartSpec spec : cs.charts()) {
            List<Metric> metrics = new ArrayList<>();
            for (String id : new LinkedHashSet<>(spec.metricIds())) {
                cs.metric(id).filter(usable(spec.type())).ifPresent(metrics::add);
            }
            if (metrics.isEmpty()) {
                continue;
            }
            String title = spec.title() == null || spec.title().isBlank()
                    ? null : spec.title().strip();
            boolean oneAxisPerUnit = spec.type() != ChartType.FUNNEL && spec.type() != ChartType.PROGRESS;
            Map<String, List<Metric>> groups = new LinkedHashMap<>();
            for (Metric m : metrics) {
                String key = oneAxisPerUnit ? ChartWords.unitKey(m.unit()) : "";
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
            for (List<Metric> group : groups.values()) {
                String t = title == null ? words.title(spec.type(), group)
                        : groups.size() == 1 ? title
                        : words.split(title, group.get(0).unit() == null ? "" : group.get(0).unit().strip());
                plans.add(new ChartPlan(spec.type(), t, group));
            }
        }
        return List.copyOf(plans);
    }

    /** Metrics a chart type can draw; others are left out of a declared chart. */
    private static Predicate<Metric> usable(ChartType type) {
        return switch (type) {
            case LINE -> Metric::hasSeries;
            case BEFORE_AFTER -> Metric::hasBaseline;
            case PROGRESS -> m -> m.hasTarget() && m.target().signum() > 0;
            default -> m -> true;
        };
    }
}
