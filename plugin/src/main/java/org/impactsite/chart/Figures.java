package org.impactsite.chart;

import java.math.BigDecimal;
import java.util.Locale;
import org.impactsite.figures.Change;
import org.impactsite.format.DateFormats;
import org.impactsite.format.NumberFormats;
import org.impactsite.model.Metric;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Qualifier;

/**
 * Figures and dates written for one chart run: full for tables (1,000,000), compact for bars
 * and axes (1M), words for sentences (1 million). Holds {@link NumberFormats}, so one
 * instance serves one thread.
 */
final class Figures {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SMALLEST_SHARE = new BigDecimal("0.0005");
    private static final BigDecimal SHOWN_SHARE = new BigDecimal("0.001");

    private final NumberFormats numbers;
    private final DateFormats dates;
    private final ChartWords words;
    private final boolean countsInWords;
    private final int width;

    Figures(Locale locale, DateFormats dates) {
        this(locale, dates, Drawing.WIDTH);
    }

    /** @param width the width charts are drawn at ({@link Drawing#WIDTH} or {@link Drawing#NARROW}) */
    Figures(Locale locale, DateFormats dates, int width) {
        this(locale, dates, width, ChartWords.of(locale));
    }

    Figures(Locale locale, DateFormats dates, int width, ChartWords words) {
        this.width = width;
        this.numbers = new NumberFormats(locale);
        this.dates = dates;
        this.words = words;
        String lang = locale.getLanguage();
        this.countsInWords = lang.equals("zh") || lang.equals("ja") || lang.equals("ko");
    }

    /** The width the charts of this run are drawn at. */
    int width() {
        return width;
    }

    NumberFormats numbers() {
        return numbers;
    }

    DateFormats dates() {
        return dates;
    }

    /** The words of the charts in this language. */
    ChartWords words() {
        return words;
    }

    String full(BigDecimal value) {
        return numbers.full(value);
    }

    String compact(BigDecimal value) {
        return numbers.compact(value);
    }

    /** For sentences: "384,000", "2.7 million" (from a million up), "38.4万". */
    String prose(BigDecimal value) {
        if (countsInWords || value.abs().compareTo(MILLION) >= 0) {
            return numbers.words(value);
        }
        return numbers.full(value);
    }

    /** The reported figure in full with its qualifier: "more than 1,000,000". */
    String full(Metric m) {
        return qualified(m, full(m.latest()));
    }

    /** The reported figure for a bar's label: "more than 1M", or the source's words ("more than 1 million"). */
    String compact(Metric m) {
        return qualified(m, m.shownWords() != null ? m.shownWords() : compact(m.latest()));
    }

    /** The reported figure for a sentence: "more than 1 million", in the source's words where it used them. */
    String prose(Metric m) {
        return qualified(m, m.shownWords() != null ? m.shownWords() : prose(m.latest()));
    }

    /** The baseline in full with its own qualifier: "about 1,000". */
    String fullBaseline(Metric m) {
        return words.qualified(m.baselineQualifier(), full(m.baseline()));
    }

    /** The baseline for a bar's label: "about 1,000". */
    String compactBaseline(Metric m) {
        return words.qualified(m.baselineQualifier(), compact(m.baseline()));
    }

    /** The baseline for a sentence: "about 1,000". */
    String proseBaseline(Metric m) {
        return words.qualified(m.baselineQualifier(), prose(m.baseline()));
    }

    /**
     * A point of a metric's series in full, for a table: it carries the metric's qualifier when
     * the series is the metric's figure (no separate {@code value}), so an "about" series stays
     * "about" point by point.
     */
    String full(Metric m, BigDecimal point) {
        return words.qualified(seriesQualifier(m), full(point));
    }

    /** A point of a metric's series for a sentence, with the qualifier as {@link #full(Metric, BigDecimal)}. */
    String prose(Metric m, BigDecimal point) {
        return words.qualified(seriesQualifier(m), prose(point));
    }

    private static Qualifier seriesQualifier(Metric m) {
        return m.value() == null ? m.qualifier() : null;
    }

    /**
     * The change from a metric's baseline to its value, as precise as the two figures allow:
     * "+171.5%" between exact figures, "about 30 times" or "about +40%" otherwise; empty when
     * there is none to state.
     */
    String change(Metric m) {
        Change c = Change.of(m);
        return words.change(c, numbers.change(c));
    }

    /** "81.5%"; a share too small to show but not nothing is "<0.1%", never "0%". */
    String share(BigDecimal part, BigDecimal whole) {
        if (part.signum() > 0 && whole.signum() > 0 && part.compareTo(whole.multiply(SMALLEST_SHARE)) < 0) {
            return "<" + numbers.share(SHOWN_SHARE, BigDecimal.ONE);
        }
        return numbers.share(part, whole);
    }

    String date(PartialDate date) {
        return dates.format(date);
    }

    private String qualified(Metric m, String figure) {
        return words.qualified(m.qualifier(), figure);
    }
}
