package org.impactsite.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.impactsite.figures.Change;
import org.impactsite.figures.Units;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.impactsite.model.Qualifier;
import org.impactsite.format.Bundles;
import org.impactsite.format.NumberFormats;

/**
 * Every word the charts write: table headers, titles and the sentences of text alternatives, in
 * the report's language. They are the {@code chart.*} keys of the theme's message bundles
 * ({@link Bundles}), which a project overrides key by key like any other message: a language
 * without a file, or a key its file lacks, is written in English. Patterns hold {@code {0}}, {@code {1}}...
 * for the figures and names, which come already formatted for the language.
 */
final class ChartWords {

    private static final int LISTED = 5;
    private static final Map<String, ChartWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    static final ChartWords ENGLISH = of(Locale.ENGLISH);

    private final Map<String, String> texts;
    private final Locale locale;

    // the words of table headers, axes and titles
    final String metric;
    final String value;
    final String unit;
    final String before;
    final String after;
    final String change;
    /** The source line of a portfolio chart. */
    final String portfolioSource;
    final String awardsSubtitle;
    /** The note of a bar chart whose largest bar is a hundred times its smallest. */
    final String farApart;
    final String target;
    final String progress;
    final String date;
    final String step;
    final String ofPrevious;
    final String ofFirst;
    final String part;
    final String share;
    final String total;
    final String caseStudy;
    final String channel;
    final String caseStudies;
    final String year;
    final String awards;
    final String awardsTitle;
    final String keyFigures;
    final String logNote;
    final String logSentence;

    private ChartWords(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Map.copyOf(texts);
        metric = text("metric");
        value = text("value");
        unit = text("unit");
        before = text("before");
        after = text("after");
        change = text("change");
        portfolioSource = text("portfolioSource");
        farApart = text("farApart");
        awardsSubtitle = text("awardsSubtitle");
        target = text("target");
        progress = text("progress");
        date = text("date");
        step = text("step");
        ofPrevious = text("ofPrevious");
        ofFirst = text("ofFirst");
        part = text("part");
        share = text("share");
        total = text("total");
        caseStudy = text("caseStudy");
        channel = text("channel");
        caseStudies = text("caseStudies");
        year = text("year");
        awards = text("awards");
        awardsTitle = text("awardsTitle");
        keyFigures = text("keyFigures");
        logNote = text("logNote");
        logSentence = text("logSentence");
    }

    /** The theme's words of the report's language (English where it has none). */
    static ChartWords of(Locale locale) {
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        return BY_LANGUAGE.computeIfAbsent(language, l -> new ChartWords(Locale.forLanguageTag(l),
                Bundles.under(Bundles.CHART, Bundles.theme(Locale.forLanguageTag(l)))));
    }

    /**
     * The words of the report's language with a project's own in place of the theme's.
     *
     * @param texts every chart word by key without its {@code chart.} prefix, as the report's bundles give them
     */
    static ChartWords of(Locale locale, Map<String, String> texts) {
        ChartWords theme = of(locale);
        if (texts.equals(theme.texts)) {
            return theme;
        }
        Map<String, String> all = new HashMap<>(theme.texts);
        all.putAll(texts);
        return new ChartWords(theme.locale, all);
    }

    /** Every text, by key: what a chart of this language is made with (part of what names a kept chart). */
    Map<String, String> texts() {
        return texts;
    }

    private String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException("no chart word " + key);
        }
        return t;
    }

    /** A pattern with {@code {0}}, {@code {1}}... replaced by {@code args}. */
    private String fill(String key, Object... args) {
        String pattern = text(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, open);
            String index = pattern.substring(open + 1, close);
            if (index.length() == 1 && Character.isDigit(index.charAt(0)) && index.charAt(0) - '0' < args.length) {
                out.append(args[index.charAt(0) - '0']);
            } else {
                out.append(pattern, open, close + 1);
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** A count for prose, digits grouped for the language: "1,000". */
    private String count(int n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** "Change: +171.5%", "Target: 5,000": a word and a figure, as drawn in a chart. */
    String headline(String word, String figure) {
        return fill("headline", word, figure);
    }

    /** "Counted in views and visits": what a chart's metrics measure; empty when they name no unit. */
    String subtitle(List<Metric> metrics) {
        List<String> units = metrics.stream().map(m -> m.unit() == null ? "" : m.unit().strip())
                .filter(u -> !u.isEmpty()).map(u -> u).distinct().toList();
        java.util.LinkedHashMap<String, String> byKey = new java.util.LinkedHashMap<>();
        units.forEach(u -> byKey.putIfAbsent(unitKey(u), u));
        return byKey.isEmpty() ? "" : fill("subtitle.unit", joined(List.copyOf(byKey.values())));
    }

    /** "Source: RNW Media; UNICEF". */
    String source(List<String> names) {
        return fill("source", String.join(text("source.separator"), names));
    }

    /** What the reach chart measures. */
    String reachSubtitle(String unit) {
        return fill("reachSubtitle", unit);
    }

    /** What the channel chart measures. */
    String channelSubtitle(String unit) {
        return fill("channelSubtitle", unit);
    }

    /** "Views by case study". */
    String reachTitle(String unit) {
        return fill("reachTitle", capitalise(unit));
    }

    /** "Views by case study: the 15 largest of 1,000". */
    String reachTop(String title, int shown, int of) {
        return fill("reachTop", title, count(shown), count(of));
    }

    /** "Not shown: 2 case studies that count impressions, not views." */
    String otherUnit(int studies, String unit, String shown) {
        return studies == 1 ? fill("reachOtherUnit.one", unit, shown)
                : fill("reachOtherUnit.many", count(studies), unit, shown);
    }

    /** "3 figures of case studies that are part of another are counted in their whole." */
    String partsNote(int figures) {
        return figures == 1 ? text("partsNote.one") : fill("partsNote.many", count(figures));
    }

    /** "Views by channel". */
    String byChannel(String unit) {
        return fill("byChannel", capitalise(unit));
    }

    /** How the channel chart adds up, for its notes. */
    String channelNote(String unit) {
        return fill("channelNote", unit);
    }

    /** "Engagement (views)": a declared chart split because its metrics count different things. */
    String split(String title, String unit) {
        return unit.isEmpty() ? title : fill("split", title, unit);
    }

    /** A title for a chart the user did not name, from its type and metrics. */
    String title(ChartType type, List<Metric> metrics) {
        Metric first = metrics.get(0);
        boolean one = metrics.size() == 1;
        return switch (type) {
            case BAR -> !unitKey(first.unit()).isEmpty()
                    && metrics.stream().allMatch(m -> unitKey(m.unit()).equals(unitKey(first.unit())))
                    ? capitalise(first.unit().strip()) : keyFigures;
            case LINE -> joined(metrics.stream().map(Metric::label).toList());
            // a label that already says "before" is not told "before and after" again
            case BEFORE_AFTER -> one ? (first.label().toLowerCase(locale).contains(text("title.beforeAfter.marker"))
                    ? first.label() : fill("title.beforeAfter.one", first.label())) : text("title.beforeAfter.many");
            case PROGRESS -> one ? fill("title.progress.one", first.label()) : text("title.progress.many");
            case FUNNEL -> one ? first.label()
                    : fill("title.funnel.many", first.label(), metrics.get(metrics.size() - 1).label());
            case SHARE -> unitKey(first.unit()).isEmpty() ? text("title.share.none") : fill("title.share.unit", first.unit().strip());
        };
    }

    /** Sentences of a text alternative, one after the other. */
    String sentences(List<String> sentences) {
        return String.join(text("sentences.separator"), sentences);
    }

    /** "Views of the clip (1 million)": an item of a ranking. */
    String ranked(String name, String figure) {
        return fill("ranked", name, figure);
    }

    /**
     * Items already in descending order ({@link #ranked}): "A (1 million) is the largest,
     * followed by B (384,000) and C (12,000)."
     */
    String ranking(List<String> items) {
        if (items.size() == 1) {
            return fill("ranking.one", items.get(0));
        }
        List<String> rest = items.subList(1, items.size());
        String others;
        if (rest.size() > LISTED) {
            others = fill("list.more", String.join(text("list.separator"), rest.subList(0, LISTED)), count(rest.size() - LISTED));
        } else {
            others = joined(rest);
        }
        return fill("ranking.many", items.get(0), others);
    }

    /** "TikTok followers rose from 1,500 to 4,073 (+171.5%)." */
    String change(String label, int direction, String from, String to, String percent) {
        String pct = percent.isEmpty() ? "" : fill("change.percent", percent);
        return switch (Integer.signum(direction)) {
            case 1 -> fill("change.up", label, from, to, pct);
            case -1 -> fill("change.down", label, from, to, pct);
            default -> fill("change.same", label, from, to, pct);
        };
    }

    /**
     * A change in words: a percentage of exact figures as it is ("+171.5%"), a rough one
     * "about +40%", a multiple "about 30 times"; empty for none.
     *
     * @param figure the change's figure as {@link NumberFormats#change(Change)} writes it
     */
    String change(Change c, String figure) {
        return switch (c.kind()) {
            case NONE -> "";
            case PERCENT -> figure;
            case ROUGH_PERCENT -> fill("change.rough", figure);
            case TIMES -> fill("change.times", figure);
        };
    }

    /** "The target is 5,000." */
    String target(String target) {
        return fill("target.sentence", target);
    }

    /** A progress bar's label: "4,073 of 5,000 (81.5%)". */
    String ofTarget(String value, String target, String percent) {
        return fill("ofTarget", value, target, percent);
    }

    /** "TikTok followers reached 4,073 of the target of 5,000 (81.5%)." */
    String progress(String label, String value, String target, String percent, boolean reached) {
        return fill(reached ? "progress.reached" : "progress.short", label, value, target, percent);
    }

    /** "Weibo followers grew from 1,000 in February 2011 to 2.7 million in June 2021." */
    String trend(String label, int direction, String from, String fromDate, String to, String toDate) {
        String key = switch (Integer.signum(direction)) {
            case 1 -> "trend.up";
            case -1 -> "trend.down";
            default -> "trend.same";
        };
        return fill(key, label, from, fromDate, to, toDate);
    }

    /** A series of one point: "Visits: 900 in May 2020." */
    String point(String label, String figure, String date) {
        return fill("point", label, figure, date);
    }

    /** "It peaked at 3 million in May 2019." */
    String peak(String figure, String date) {
        return fill("peak", figure, date);
    }

    /** "From views (1 million) to referrals (36), 0.004% of the first step." */
    String funnel(String firstLabel, String first, String lastLabel, String last, String percent) {
        return fill("funnel", firstLabel, first, lastLabel, last, percent.isEmpty() ? "" : fill("funnel.share", percent));
    }

    /** "TikTok makes up the largest share: 62.5% (1.2 million) of a total of 1.9 million." */
    String share(String label, String percent, String figure, String total) {
        return fill("share.sentence", label, percent, figure, total);
    }

    /** "12 awards from 2015 to 2021, most of them (5) in 2018."; {@code bestYear} null when tied. */
    String awards(int total, String firstYear, String lastYear, String bestYear, int best) {
        String count = total == 1 ? text("awards.one") : fill("awards.many", count(total));
        if (firstYear.equals(lastYear)) {
            return fill("awards.oneYear", count, firstYear);
        }
        String span = fill("awards.span", count, firstYear, lastYear);
        return (bestYear == null ? span : span + fill("awards.best", count(best), bestYear)) + text("awards.end");
    }

    /** A figure with its qualifier: "more than 1 million", "超过100万". */
    String qualified(Qualifier q, String figure) {
        return q == null ? figure : fill("qualified", text("qualifier." + q.name().toLowerCase(Locale.ROOT)), figure);
    }

    /** "A, B and C". */
    String joined(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return fill("list.last", String.join(text("list.separator"), items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }

    /** A unit as a grouping key: trimmed, lower case; "" when absent. */
    static String unitKey(String unit) {
        return Units.key(unit);
    }
}
