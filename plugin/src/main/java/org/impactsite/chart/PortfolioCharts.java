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
import org.impactsite.figures.Sums;
import org.impactsite.figures.Units;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Metric;
import org.impactsite.model.Project;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.impactsite.model.Qualifier;

/**
 * The home page's charts across all case studies.
 * <ul>
 * <li><b>Views by case study</b> (named after the reach unit, {@link #REACH_UNITS}, that the
 * most case studies report): for each case study, its largest result in that one unit; case
 * studies that count reach in another unit are left out, and a note says so. Context figures
 * (a platform's own totals) never enter.</li>
 * <li><b>Views by channel</b> (the same unit): for each channel, the sum over case studies of
 * each one's largest result in that unit on that channel, so no case study counts twice on one
 * channel, and a part whose whole counts on the channel is not added again. The sum keeps the
 * qualifier its parts allow ({@link Sums#qualifier}). A metric's channel is its own, else the
 * case study's only channel.</li>
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
    record Entry(String title, String subtitle, Drawing drawing) {
    }

    private PortfolioCharts() {
    }

    static List<Entry> all(Project project, Figures f, Theme theme) {
        List<Entry> entries = new ArrayList<>();
        reach(project, f, theme).ifPresent(entries::add);
        byChannel(project, f, theme).ifPresent(entries::add);
        awards(project, f, theme).ifPresent(entries::add);
        // a chart of one bar says nothing a number does not: it is left out
        entries.removeIf(e -> e.drawing().table().rows().size() < 2);
        return List.copyOf(entries);
    }

    /**
     * The most case studies the reach chart shows: a chart of a whole large portfolio would be
     * thousands of bars; its figures are all in the portfolio's data files.
     */
    static final int REACH_BARS = 15;

    /**
     * The one unit both reach charts compare: of the reach units, the one the most case studies
     * report (a result, not context); ties go to the earlier of {@link #REACH_UNITS}. Empty when
     * no case study reports one.
     */
    static Optional<String> reachUnit(Project project) {
        Map<String, Integer> studies = new TreeMap<>();
        for (CaseStudy cs : project.caseStudies()) {
            cs.metrics().stream().filter(m -> !m.isContext()).map(m -> Units.key(m.unit()))
                    .filter(REACH::contains).distinct().forEach(u -> studies.merge(u, 1, Integer::sum));
        }
        return studies.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -REACH_UNITS.indexOf(e.getKey())))
                .map(Map.Entry::getKey);
    }

    /** Whether a metric is a result counted in {@code unit}. */
    private static boolean counts(Metric m, String unit) {
        return !m.isContext() && Units.key(m.unit()).equals(unit);
    }

    static Optional<Entry> reach(Project project, Figures f, Theme theme) {
        Optional<String> unitKey = reachUnit(project);
        if (unitKey.isEmpty()) {
            return Optional.empty();
        }
        String unit = unitKey.get();
        record Row(CaseStudy cs, Metric m) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> otherUnits = new TreeMap<>();
        for (CaseStudy cs : project.caseStudies()) {
            Optional<Metric> best = cs.metrics().stream().filter(m -> counts(m, unit))
                    .max(Comparator.comparing(Metric::latest));
            if (best.isPresent()) {
                rows.add(new Row(cs, best.get()));
            } else {
                cs.metrics().stream().filter(m -> !m.isContext()).map(m -> Units.key(m.unit()))
                        .filter(REACH::contains).findFirst().ifPresent(u -> otherUnits.merge(u, 1, Integer::sum));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.m().latest()).reversed()
                .thenComparing(r -> r.cs().title()).thenComparing(r -> r.cs().slug()));
        List<Row> shown = rows.subList(0, Math.min(REACH_BARS, rows.size()));
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> ranked = new ArrayList<>();
        for (Row r : shown) {
            String shownUnit = r.m().unit().strip();
            bars.add(new Bars.Bar(SvgWriter.plain(r.cs().title()), r.m().latest().doubleValue(),
                    f.compact(r.m()) + " " + SvgWriter.plain(shownUnit), theme.accent()));
            table.add(List.of(r.cs().title(), r.m().label(), f.full(r.m()), shownUnit));
            ranked.add(f.words().ranked(r.cs().title(), f.prose(r.m()) + " " + shownUnit));
        }
        String whole = f.words().reachTitle(unit);
        String title = rows.size() > shown.size() ? f.words().reachTop(whole, shown.size(), rows.size()) : whole;
        JFreeChart chart = Bars.horizontal(theme, bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT), f.width());
        DataTable data = new DataTable(title,
                List.of(f.words().caseStudy, f.words().metric, f.words().value, f.words().unit), table);
        List<String> notes = new ArrayList<>();
        otherUnits.forEach((u, n) -> notes.add(f.words().otherUnit(n, u, unit)));
        return Optional.of(new Entry(title, f.words().reachSubtitle(unit), new Drawing(chart, f.width(),
                Bars.horizontalHeight(bars.size(), f.width()),
                f.words().ranking(ranked), data, notes)));
    }

    static Optional<Entry> byChannel(Project project, Figures f, Theme theme) {
        Optional<String> unitKey = reachUnit(project);
        if (unitKey.isEmpty()) {
            return Optional.empty();
        }
        String unit = unitKey.get();
        // each case study's largest figure in the unit, per channel
        Map<String, Map<String, Metric>> bestBySlug = new LinkedHashMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CaseStudy cs : project.caseStudies()) {
            Map<String, Metric> best = new LinkedHashMap<>();
            for (Metric m : cs.metrics()) {
                String ch = channel(cs, m);
                if (ch != null && counts(m, unit)) {
                    String key = ch.toLowerCase(Locale.ROOT);
                    names.putIfAbsent(key, ch);
                    best.merge(key, m, (a, b) -> b.latest().compareTo(a.latest()) > 0 ? b : a);
                }
            }
            if (!best.isEmpty()) {
                bestBySlug.put(cs.slug(), best);
            }
        }
        if (bestBySlug.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CaseStudy> bySlug = new LinkedHashMap<>();
        project.caseStudies().forEach(cs -> bySlug.put(cs.slug(), cs));
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, List<Qualifier>> qualifiers = new TreeMap<>();
        Map<String, Integer> studies = new TreeMap<>();
        int inWhole = 0;
        for (Map.Entry<String, Map<String, Metric>> e : bestBySlug.entrySet()) {
            CaseStudy cs = bySlug.get(e.getKey());
            for (Map.Entry<String, Metric> c : e.getValue().entrySet()) {
                if (countedInWhole(cs, c.getKey(), bestBySlug, bySlug)) {
                    inWhole++;
                    continue;
                }
                sums.merge(c.getKey(), c.getValue().latest(), BigDecimal::add);
                qualifiers.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(c.getValue().qualifier());
                studies.merge(c.getKey(), 1, Integer::sum);
            }
        }
        List<String> channels = new ArrayList<>(sums.keySet());
        channels.sort(Comparator.comparing((String k) -> sums.get(k)).reversed().thenComparing(k -> k));
        List<Bars.Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> ranked = new ArrayList<>();
        for (String k : channels) {
            BigDecimal sum = sums.get(k);
            Qualifier q = Sums.qualifier(qualifiers.get(k));
            bars.add(new Bars.Bar(SvgWriter.plain(names.get(k)), sum.doubleValue(),
                    f.words().qualified(q, f.compact(sum)), theme.accent()));
            table.add(List.of(names.get(k), f.words().qualified(q, f.full(sum)), Integer.toString(studies.get(k))));
            ranked.add(f.words().ranked(names.get(k), f.words().qualified(q, f.prose(sum))));
        }
        String title = f.words().byChannel(unit);
        JFreeChart chart = Bars.horizontal(theme, bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT), f.width());
        DataTable data = new DataTable(title, List.of(f.words().channel, ChartWords.capitalise(unit),
                f.words().caseStudies), table);
        List<String> notes = new ArrayList<>(List.of(f.words().channelNote(unit)));
        if (inWhole > 0) {
            notes.add(f.words().partsNote(inWhole));
        }
        Drawing d = new Drawing(chart, f.width(), Bars.horizontalHeight(bars.size(), f.width()), f.words().ranking(ranked),
                data, notes);
        return Optional.of(new Entry(title, f.words().channelSubtitle(unit), d));
    }

    /**
     * Whether {@code cs} is part of a case study (directly or through others) that already counts
     * on this channel: then its figure is inside its whole's and is not added again.
     */
    private static boolean countedInWhole(CaseStudy cs, String channel, Map<String, Map<String, Metric>> bestBySlug,
            Map<String, CaseStudy> bySlug) {
        Set<String> seen = new java.util.HashSet<>();
        for (String w = cs.partOf(); w != null && seen.add(w); ) {
            Map<String, Metric> whole = bestBySlug.get(w);
            if (whole != null && whole.containsKey(channel)) {
                return true;
            }
            CaseStudy next = bySlug.get(w);
            w = next == null ? null : next.partOf();
        }
        return false;
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
        JFreeChart chart = Bars.vertical(theme, bars, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT), Drawing.HEIGHT);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        DataTable data = new DataTable(title, List.of(f.words().year, f.words().awards), table);
        String description = f.words().awards(total, Integer.toString(first), Integer.toString(last),
                bestYear == null ? null : bestYear.toString(), best);
        return Optional.of(new Entry(title, f.words().awardsSubtitle,
                Drawing.of(f.width(), chart, Drawing.HEIGHT, description, data)));
    }
}
