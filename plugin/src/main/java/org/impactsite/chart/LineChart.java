package org.impactsite.chart;

import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.impactsite.model.Metric;
import org.impactsite.model.PartialDate;
import org.impactsite.model.SeriesPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Series over time on a date axis (UTC, ticks written by {@code DateFormats}). When the
 * values span more than two orders of magnitude the value axis is logarithmic, which the
 * notes and the text alternative say.
 */
final class LineChart {

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final double DAY_MS = 86_400_000d;
    private static final int MAX_DOTS = 30;
    private static final int LABELLED_SERIES = 3;

    private LineChart() {
    }

    static Drawing draw(ChartPlan plan, Figures f, Theme theme, Locale locale) {
        List<Metric> metrics = plan.metrics();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int precision = 0;
        int points = 0;
        for (Metric m : metrics) {
            for (SeriesPoint p : m.series()) {
                min = Math.min(min, p.value().doubleValue());
                max = Math.max(max, p.value().doubleValue());
                precision = Math.max(precision, p.date().hasDay() ? 2 : p.date().hasMonth() ? 1 : 0);
                points = Math.max(points, m.series().size());
            }
        }
        boolean log = min > 0 && max / min > 100;

        XYSeriesCollection data = new XYSeriesCollection();
        // two points are two figures, not a trend: they are drawn as dots, with no line between
        boolean twoPoints = metrics.stream().allMatch(m -> m.series().size() <= 2);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(!twoPoints, twoPoints || points <= MAX_DOTS);
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            XYSeries s = new XYSeries(new Category(i, SvgWriter.plain(m.label())), false, true);
            for (SeriesPoint p : m.series()) {
                s.add(x(p.date()), y(p.value(), log));
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, theme.series(i));
            renderer.setSeriesStroke(i, Theme.LINE_STROKE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            if (metrics.size() <= LABELLED_SERIES) {
                List<SeriesPoint> ps = m.series();
                SeriesPoint last = ps.get(ps.size() - 1);
                labels.add(label(theme, f.compact(last.value()), x(last.date()), y(last.value(), log), TextAnchor.BOTTOM_RIGHT));
                if (metrics.size() == 1 && ps.size() > 1) {
                    SeriesPoint first = ps.get(0);
                    labels.add(label(theme, f.compact(first.value()), x(first.date()), y(first.value(), log),
                            TextAnchor.BOTTOM_LEFT));
                }
            }
        }
        renderer.setDrawOutlines(false);
        renderer.setUseFillPaint(false);

        DateAxis dates = dateAxis(f, locale, precision, data);
        NumberAxis values = log ? logAxis(theme, f, min, max) : Charts.valueAxis(theme, new AxisFormat(f.numbers(), AxisFormat.Kind.COMPACT));
        if (!log && min >= 0) {
            double upper = max > 0 ? max * 1.12 : 1;
            values.setRange(0, upper);
            Charts.roundTicks(values, 0, upper, false);
        }
        XYPlot plot = new XYPlot(data, dates, values, renderer);
        Charts.style(theme, plot);
        for (XYTextAnnotation a : labels) {
            renderer.addAnnotation(a, Layer.FOREGROUND);
        }
        if (metrics.size() == 1 && metrics.get(0).hasTarget()) {
            BigDecimal t = metrics.get(0).target();
            if (!log || t.signum() > 0) {
                plot.addRangeMarker(Charts.marker(theme, y(t, log), f.words().headline(f.words().target, f.compact(t)), false),
                        Layer.FOREGROUND);
            }
        }
        JFreeChart chart = Charts.of(theme, plot, metrics.size() > 1);
        List<String> notes = log ? List.of(f.words().logNote) : List.of();
        return new Drawing(chart, f.width(), Drawing.HEIGHT, description(metrics, f, log), table(plan, f), notes);
    }

    private static String description(List<Metric> metrics, Figures f, boolean log) {
        List<String> sentences = new ArrayList<>();
        for (Metric m : metrics) {
            List<SeriesPoint> ps = m.series();
            SeriesPoint first = ps.get(0);
            SeriesPoint last = ps.get(ps.size() - 1);
            if (ps.size() == 1) {
                sentences.add(f.words().point(m.label(), f.prose(m, first.value()), f.date(first.date())));
                continue;
            }
            sentences.add(f.words().trend(m.label(), last.value().compareTo(first.value()),
                    f.prose(m, first.value()), f.date(first.date()), f.prose(m, last.value()), f.date(last.date())));
            SeriesPoint peak = first;
            for (SeriesPoint p : ps) {
                if (p.value().compareTo(peak.value()) > 0) {
                    peak = p;
                }
            }
            if (metrics.size() == 1 && peak != first && peak.value().compareTo(last.value()) > 0) {
                sentences.add(f.words().peak(f.prose(m, peak.value()), f.date(peak.date())));
            }
        }
        if (log) {
            sentences.add(f.words().logSentence);
        }
        return f.words().sentences(sentences);
    }

    private static DataTable table(ChartPlan plan, Figures f) {
        List<Metric> metrics = plan.metrics();
        Map<PartialDate, String[]> byDate = new TreeMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            for (SeriesPoint p : metrics.get(i).series()) {
                String[] cells = byDate.computeIfAbsent(p.date(), d -> new String[metrics.size()]);
                cells[i] = f.full(metrics.get(i), p.value());
            }
        }
        List<String> headers = new ArrayList<>();
        headers.add(f.words().date);
        metrics.forEach(m -> headers.add(m.label()));
        List<List<String>> rows = new ArrayList<>();
        byDate.forEach((date, cells) -> {
            List<String> row = new ArrayList<>();
            row.add(f.date(date));
            for (String c : cells) {
                row.add(c == null ? "" : c);
            }
            rows.add(row);
        });
        return new DataTable(plan.title(), headers, rows);
    }

    private static double x(PartialDate date) {
        return date.firstDay().toEpochDay() * DAY_MS;
    }

    private static double y(BigDecimal value, boolean log) {
        return log ? Math.log10(value.doubleValue()) : value.doubleValue();
    }

    private static XYTextAnnotation label(Theme theme, String text, double x, double y, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(theme.value());
        a.setPaint(Theme.TEXT);
        a.setTextAnchor(anchor);
        return a;
    }

    /** Ticks of days, months or years, never finer than the data's own dates. */
    private static DateAxis dateAxis(Figures f, Locale locale, int precision, XYSeriesCollection data) {
        DateAxis axis = new FittingDateAxis(UTC, locale);
        TickUnits units = new TickUnits();
        if (precision >= 2) {
            AxisDateFormat day = new AxisDateFormat(f.dates(), AxisDateFormat.Precision.DAY, locale);
            for (int n : new int[] {1, 2, 7, 14}) {
                units.add(new DateTickUnit(DateTickUnitType.DAY, n, day));
            }
        }
        if (precision >= 1) {
            AxisDateFormat month = new AxisDateFormat(f.dates(), AxisDateFormat.Precision.MONTH, locale);
            for (int n : new int[] {1, 2, 3, 4, 6}) {
                units.add(new DateTickUnit(DateTickUnitType.MONTH, n, month));
            }
        }
        AxisDateFormat year = new AxisDateFormat(f.dates(), AxisDateFormat.Precision.YEAR, locale);
        for (int n : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, n, year));
        }
        axis.setStandardTickUnits(units);
        // on a narrow chart the first date's label would reach under the value axis's "0"
        axis.setLowerMargin(Drawing.narrow(f.width()) ? 0.1 : 0.04);
        // and the dates sit low enough to pass under the value axis's lowest label
        axis.setTickLabelInsets(new RectangleInsets(8, 4, 2, 4));
        axis.setUpperMargin(0.05);
        double lo = data.getDomainLowerBound(false);
        double hi = data.getDomainUpperBound(false);
        if (hi <= lo) {
            double pad = DAY_MS * (precision >= 2 ? 3 : precision == 1 ? 45 : 200);
            axis.setRange(lo - pad, hi + pad);
        }
        return axis;
    }

    /**
     * Values drawn as their log10 on a plain axis with a tick at every power of ten, labelled
     * with the figure (1,000, 10K, 1M): JFreeChart's own log axis draws its tick labels as
     * outlines, not text.
     */
    private static NumberAxis logAxis(Theme theme, Figures f, double min, double max) {
        NumberAxis axis = Charts.valueAxis(theme, new AxisFormat(f.numbers(), AxisFormat.Kind.LOG10));
        double lo = Math.min(Math.floor(Math.log10(min)), Math.log10(min) - 0.15);
        double hi = Math.max(Math.ceil(Math.log10(max)), Math.log10(max) + 0.25);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(lo, hi);
        axis.setTickUnit(new NumberTickUnit(1, axis.getNumberFormatOverride()), false, true);
        return axis;
    }
}
