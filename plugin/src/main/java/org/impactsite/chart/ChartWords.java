package org.impactsite.chart;

import java.util.List;
import java.util.Locale;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;

/**
 * Every word the charts write: table headers, titles and the sentences of text alternatives.
 * English for now; kept in one place so a translation replaces this class only.
 */
final class ChartWords {

    static final String METRIC = "Metric";
    static final String VALUE = "Value";
    static final String UNIT = "Unit";
    static final String BEFORE = "Before";
    static final String AFTER = "After";
    static final String CHANGE = "Change";
    static final String TARGET = "Target";
    static final String PROGRESS = "Progress";
    static final String DATE = "Date";
    static final String STEP = "Step";
    static final String OF_PREVIOUS = "Share of the previous step";
    static final String OF_FIRST = "Share of the first step";
    static final String PART = "Part";
    static final String SHARE = "Share";
    static final String TOTAL = "Total";
    static final String CASE_STUDY = "Case study";
    static final String CHANNEL = "Channel";
    static final String CASE_STUDIES = "Case studies";
    static final String YEAR = "Year";
    static final String AWARDS = "Awards";

    static final String REACH_TITLE = "Reach by case study";
    static final String AWARDS_TITLE = "Awards by year";
    static final String KEY_FIGURES = "Key figures";
    static final String LOG_NOTE = "Logarithmic scale: each step up the axis is ten times the one before.";
    static final String LOG_SENTENCE = "The scale is logarithmic: each step up the axis is ten times the one before.";

    private static final int LISTED = 5;

    private ChartWords() {
    }

    /** "Reach by case study: the 15 largest of 1,000". */
    static String reachTop(int shown, int of) {
        return String.format(Locale.ENGLISH, "%s: the %d largest of %,d", REACH_TITLE, shown, of);
    }

    /** "Views by channel". */
    static String byChannel(String unit) {
        return capitalise(unit) + " by channel";
    }

    /** How the channel chart adds up, for its notes. */
    static String channelNote(String unit) {
        return "Each case study counts once per channel, with its largest figure in " + unit + ".";
    }

    /** "Engagement (views)": a declared chart split because its metrics count different things. */
    static String split(String title, String unit) {
        return unit.isEmpty() ? title : title + " (" + unit + ")";
    }

    /** A title for a chart the user did not name, from its type and metrics. */
    static String title(ChartType type, List<Metric> metrics) {
        Metric first = metrics.get(0);
        boolean one = metrics.size() == 1;
        return switch (type) {
            case BAR -> !unitKey(first.unit()).isEmpty()
                    && metrics.stream().allMatch(m -> unitKey(m.unit()).equals(unitKey(first.unit())))
                    ? capitalise(first.unit().strip()) : KEY_FIGURES;
            case LINE -> joined(metrics.stream().map(Metric::label).toList());
            case BEFORE_AFTER -> one ? first.label() + ": before and after" : "Before and after";
            case PROGRESS -> one ? first.label() + ": progress towards the target" : "Progress towards the targets";
            case FUNNEL -> one ? first.label()
                    : "From " + first.label() + " to " + metrics.get(metrics.size() - 1).label();
            case SHARE -> unitKey(first.unit()).isEmpty() ? "Shares of the total" : "Share of " + first.unit().strip();
        };
    }

    /**
     * Items already in descending order, each "name (figure)": "A (1 million) is the largest,
     * followed by B (384,000) and C (12,000)."
     */
    static String ranking(List<String> items) {
        if (items.size() == 1) {
            return items.get(0) + ".";
        }
        List<String> rest = items.subList(1, items.size());
        String others;
        if (rest.size() > LISTED) {
            others = String.join(", ", rest.subList(0, LISTED)) + " and " + (rest.size() - LISTED) + " more";
        } else {
            others = joined(rest);
        }
        return items.get(0) + " is the largest, followed by " + others + ".";
    }

    /** "TikTok followers rose from 1,500 to 4,073 (+171.5%)." */
    static String change(String label, int direction, String from, String to, String percent) {
        String pct = percent.isEmpty() ? "" : " (" + percent + ")";
        return switch (Integer.signum(direction)) {
            case 1 -> label + " rose from " + from + " to " + to + pct + ".";
            case -1 -> label + " fell from " + from + " to " + to + pct + ".";
            default -> label + " stayed at " + to + ".";
        };
    }

    /** " The target is 5,000." */
    static String target(String target) {
        return "The target is " + target + ".";
    }

    /** A progress bar's label: "4,073 of 5,000 (81.5%)". */
    static String ofTarget(String value, String target, String percent) {
        return value + " of " + target + " (" + percent + ")";
    }

    /** "TikTok followers reached 4,073 of the target of 5,000 (81.5%)." */
    static String progress(String label, String value, String target, String percent, boolean reached) {
        return reached
                ? label + " reached " + value + ", meeting the target of " + target + " (" + percent + ")."
                : label + " reached " + value + " of the target of " + target + " (" + percent + ").";
    }

    /** "Weibo followers grew from 1,000 in February 2011 to 2.7 million in June 2021." */
    static String trend(String label, int direction, String from, String fromDate, String to, String toDate) {
        String verb = switch (Integer.signum(direction)) {
            case 1 -> " grew from ";
            case -1 -> " fell from ";
            default -> " went from ";
        };
        return label + verb + from + " in " + fromDate + " to " + to + " in " + toDate + ".";
    }

    /** A series of one point: "Visits: 900 in May 2020." */
    static String point(String label, String figure, String date) {
        return label + ": " + figure + " in " + date + ".";
    }

    /** "It peaked at 3 million in May 2019." */
    static String peak(String figure, String date) {
        return "It peaked at " + figure + " in " + date + ".";
    }

    /** "Of 1 million views of the clip, 36 (0.004%) became referrals." */
    static String funnel(String firstLabel, String first, String lastLabel, String last, String percent) {
        return "From " + firstLabel + " (" + first + ") to " + lastLabel + " (" + last + ")"
                + (percent.isEmpty() ? "" : ", " + percent + " of the first step") + ".";
    }

    /** "TikTok makes up the largest share: 62.5% (1.2 million) of 1.9 million." */
    static String share(String label, String percent, String figure, String total) {
        return label + " makes up the largest share: " + percent + " (" + figure + ") of a total of " + total + ".";
    }

    /** "12 awards from 2015 to 2021, most of them (5) in 2018."; {@code bestYear} null when tied. */
    static String awards(int total, String firstYear, String lastYear, String bestYear, int best) {
        String count = total == 1 ? "1 award" : String.format(Locale.ENGLISH, "%,d awards", total);
        if (firstYear.equals(lastYear)) {
            return count + " in " + firstYear + ".";
        }
        String span = count + " from " + firstYear + " to " + lastYear;
        return bestYear == null ? span + "." : span + String.format(Locale.ENGLISH, ", most of them (%,d) in ", best) + bestYear + ".";
    }

    /** "A, B and C". */
    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
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
        return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
    }
}
