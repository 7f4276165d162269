package org.impactsite.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Metric;
import org.impactsite.model.Project;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;

/**
 * The home page's charts across all case studies.
 * <ul>
 * <li><b>Reach by case study</b>: for each case study, its largest metric counting views,
 * impressions, reach, visits or viewers ({@link #REACH_UNITS}); case studies without one are
 * left out.</li>
 * <li><b>Views by channel</b> (named after the reach unit used most): for each channel, the sum
 * over case studies of each one's largest metric in that unit on that channel, so no case study
 * counts twice on one channel. A metric's channel is its own, else the case study's only
 * channel.</li>
 * <li><b>Awards by year</b>: awards with a year, counted per year, empty years shown.</li>
 * </ul>
 */
final class PortfolioCharts {

    /** Units (lower case) that measure how many people a case study reached. */
    static final List<String> REACH_UNITS = List.of("views", "view", "video views", "page views",
            "impressions", "impression", "reach", "people reached", "visits", "visit", "viewers", "viewer");

    private static final Set<String> REACH = Set.copyOf(REACH_UNITS);
    private static final int MAX_FILLED_YEARS = 40;

    /** A portfolio chart and its title. */
    record Entry(String title, Drawing drawing) {
    }

    private PortfolioCharts() {
    }

    static List<Entry> all(Project project, Figures f, Theme theme) {
        List<Entry> entries = new ArrayList<>();
        reach(project, f, theme).ifPresent(entries::add);
        byChannel(project, f, theme).ifPresent(entries::add);
        awards(project, f, theme).ifPresent(entries::add);
        return List.copyOf(entries);
    }

    /**
     * The most case studies the reach chart shows: a chart of a whole large portfolio would be
     * thousands of bars; its figures are all in the portfolio's data files.
     */
    static final int REACH_BARS = 15;

    static Optional<Entry> reach(Project project, Figures f, Theme theme) {
        record Row(CaseStudy cs, Metric m) {
        }
        List<Row> rows = new ArrayList<>();
        for (CaseStudy cs : project.caseStudies()) {
            cs.metrics().stream()
                    .filter(m -> REACH.contains(ChartWords.unitKey(m.unit())))
                    .max(Comparator.comparing(Metric::latest))
                    .ifPresent(m -> rows.add(new Row(cs, m)));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.sort(Comparator.comparing((Row r) -> r.m().latest()).reversed()
                .thenComparing(r -> r.cs().title()).thenComparing(r -> r.cs().slug()));
        List<Row> shown = rows.subList(0, Math.min(REACH_BARS, rows.size()));
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> ranked = new ArrayList<>();
        for (Row r : shown) {
            String unit = r.m().unit().strip();
            bars.add(new Bars.Bar(SvgWriter.plain(r.cs().title()), r.m().latest().doubleValue(),
                    f.compact(r.m()) + " " + SvgWriter.plain(unit), theme.accent()));
            table.add(List.of(r.cs().title(), r.m().label(), f.full(r.m()), unit));
            ranked.add(f.words().ranked(r.cs().title(), f.prose(r.m()) + " " + unit));
        }
        String title = rows.size() > shown.size() ? f.words().reachTop(shown.size(), rows.size()) : f.words().reachTitle;
        JFreeChart chart = Bars.horizontal(bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT));
        DataTable data = new DataTable(title,
                List.of(f.words().caseStudy, f.words().metric, f.words().value, f.words().unit), table);
        return Optional.of(new Entry(title,
                Drawing.of(chart, Bars.horizontalHeight(bars.size()), f.words().ranking(ranked), data)));
    }

    static Optional<Entry> byChannel(Project project, Figures f, Theme theme) {
        Map<String, Integer> unitCounts = new TreeMap<>();
        for (CaseStudy cs : project.caseStudies()) {
            for (Metric m : cs.metrics()) {
                String u = ChartWords.unitKey(m.unit());
                if (REACH.contains(u) && channel(cs, m) != null) {
                    unitCounts.merge(u, 1, Integer::sum);
                }
            }
        }
        if (unitCounts.isEmpty()) {
            return Optional.empty();
        }
        String unit = unitCounts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -REACH_UNITS.indexOf(e.getKey())))
                .orElseThrow().getKey();
        Map<String, String> names = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, Integer> studies = new TreeMap<>();
        for (CaseStudy cs : project.caseStudies()) {
            Map<String, BigDecimal> best = new LinkedHashMap<>();
            for (Metric m : cs.metrics()) {
                String ch = channel(cs, m);
                if (ch != null && ChartWords.unitKey(m.unit()).equals(unit)) {
                    String key = ch.toLowerCase(Locale.ROOT);
                    names.putIfAbsent(key, ch);
                    best.merge(key, m.latest(), BigDecimal::max);
                }
            }
            best.forEach((key, v) -> {
                sums.merge(key, v, BigDecimal::add);
                studies.merge(key, 1, Integer::sum);
            });
        }
        List<String> channels = new ArrayList<>(sums.keySet());
        channels.sort(Comparator.comparing((String k) -> sums.get(k)).reversed().thenComparing(k -> k));
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> ranked = new ArrayList<>();
        for (String k : channels) {
            BigDecimal sum = sums.get(k);
            bars.add(new Bars.Bar(SvgWriter.plain(names.get(k)), sum.doubleValue(), f.compact(sum), theme.accent()));
            table.add(List.of(names.get(k), f.full(sum), Integer.toString(studies.get(k))));
            ranked.add(f.words().ranked(names.get(k), f.prose(sum)));
        }
        String title = f.words().byChannel(unit);
        JFreeChart chart = Bars.horizontal(bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT));
        DataTable data = new DataTable(title, List.of(f.words().channel, ChartWords.capitalise(unit),
                f.words().caseStudies), table);
        Drawing d = new Drawing(chart, Drawing.WIDTH, Bars.horizontalHeight(bars.size()), f.words().ranking(ranked),
                data, List.of(f.words().channelNote(unit)));
        return Optional.of(new Entry(title, d));
    }

    /** A metric's channel, else its case study's only channel; null when neither is known. */
    private static String channel(CaseStudy cs, Metric m) {
        if (m.channel() != null && !m.channel().isBlank()) {
            return m.channel().strip();
        }
        return cs.channels().size() == 1 ? cs.channels().get(0).strip() : null;
    }

    static Optional<Entry> awards(Project project, Figures f, Theme theme) {
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (CaseStudy cs : project.caseStudies()) {
            for (Award a : cs.awards()) {
                if (a.year() != null) {
                    perYear.merge(a.year(), 1, Integer::sum);
                }
            }
        }
        if (perYear.isEmpty()) {
            return Optional.empty();
        }
        int first = perYear.firstKey();
        int last = perYear.lastKey();
        if (last - first < MAX_FILLED_YEARS) {
            for (int y = first; y <= last; y++) {
                perYear.putIfAbsent(y, 0);
            }
        }
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        int total = 0;
        int best = 0;
        Integer bestYear = null;
        for (Map.Entry<Integer, Integer> e : perYear.entrySet()) {
            int n = e.getValue();
            String year = e.getKey().toString();
            bars.add(new Bars.Bar(year, n, n == 0 ? null : f.full(BigDecimal.valueOf(n)), theme.accent()));
            table.add(List.of(year, f.full(BigDecimal.valueOf(n))));
            total += n;
            if (n > best) {
                best = n;
                bestYear = e.getKey();
            } else if (n == best) {
                bestYear = null;
            }
        }
        String title = f.words().awardsTitle;
        JFreeChart chart = Bars.vertical(bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT), Drawing.HEIGHT);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        DataTable data = new DataTable(title, List.of(f.words().year, f.words().awards), table);
        String description = f.words().awards(total, Integer.toString(first), Integer.toString(last),
                bestYear == null ? null : bestYear.toString(), best);
        return Optional.of(new Entry(title, Drawing.of(chart, Drawing.HEIGHT, description, data)));
    }
}
