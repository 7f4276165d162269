package org.impactsite.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactsite.model.Qualifier;

/**
 * A figure as people write it: {@code 1500}, {@code "1,461"}, {@code "1.5K"}, {@code "2.7 million"},
 * {@code "1.2亿"}, optionally led by a qualifier ({@code "more than 1 million"}). The value is
 * exact: {@code 2.7 million} is 2700000.
 *
 * @param qualifier the qualifier written before the number; null when there is none
 */
public record HumanNumber(BigDecimal value, Qualifier qualifier, String words) {

    /** A figure written in digits alone. */
    public HumanNumber(BigDecimal value, Qualifier qualifier) {
        this(value, qualifier, null);
    }

    /** The hint shown when a figure cannot be read. */
    public static final String HINT = "write a count such as 1500, \"1,500\", \"1.5K\" or \"2.7 million\","
            + " optionally led by \"more than\", \"almost\", \"about\" or \"at least\"";

    /** Nothing counted in a report comes near a thousand million million. */
    static final BigDecimal MAX = new BigDecimal("1E15");

    /** Why a text is not a figure. */
    public enum Failure {
        /** Nothing but spaces. */
        EMPTY,
        /** Not a number at all, or a number written in a way that is ambiguous ({@code 2,5}). */
        NOT_A_NUMBER,
        /** A percentage ({@code 12%}): a share, not a count. */
        PERCENT,
        /** A number followed by words ({@code 1 million views}); {@link Result#words()} holds them. */
        TRAILING_WORDS,
        /** Below zero. */
        NEGATIVE,
        /** Larger than anything a report counts (10^15). */
        TOO_LARGE,
        /** One to three digits, a point and three digits ({@code 1.000}): a thousand where a point groups digits, else one. */
        AMBIGUOUS
    }

    /** The outcome of {@link #parse}: a number, or a failure (with the trailing words for {@link Failure#TRAILING_WORDS}). */
    public record Result(HumanNumber number, Failure failure, String words) {

        public boolean ok() {
            return number != null;
        }

        static Result failed(Failure failure) {
            return new Result(null, failure, "");
        }
    }

    private static final Pattern THOUSANDS_OR_DECIMALS = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

    private static final Map<String, Qualifier> QUALIFIERS = new LinkedHashMap<>();
    private static final Map<String, BigDecimal> SCALES = new LinkedHashMap<>();
    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,3}([,' _])\\d{3}(?:\\1\\d{3})*(?:\\.\\d+)?(?![\\d,'_])"
                    + "|\\d+(?:\\.\\d+)?(?:e[+-]?\\d{1,2}(?!\\d))?"
                    + "|\\.\\d+");

    static {
        words(Qualifier.MORE_THAN, "more than", "over", "above", "greater than", "in excess of", "upwards of",
                "超过", "多于", "逾");
        words(Qualifier.ALMOST, "almost", "nearly", "close to", "just under", "将近", "接近", "近");
        words(Qualifier.ABOUT, "about", "approximately", "approx.", "approx", "around", "roughly", "circa",
                "ca.", "some", "~", "大约", "大概", "约");
        words(Qualifier.AT_LEAST, "at least", "no less than", "至少", "不少于");
        scale("1E3", "thousands", "thousand", "k", "千");
        scale("1E6", "millions", "million", "mio", "mln", "mn", "m", "百万");
        scale("1E9", "billions", "billion", "bn", "b");
        scale("1E12", "trillions", "trillion");
        scale("1E7", "千万");
        scale("1E4", "万");
        scale("1E8", "亿");
    }

    public HumanNumber {
        Objects.requireNonNull(value, "value");
    }

    /** Reads a figure; never throws for any text. */
    public static Result parse(String text) {
        Objects.requireNonNull(text, "text");
        String written = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-')
                .strip().replaceAll("\\s+", " ");
        String s = written.toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Result.failed(Failure.EMPTY);
        }
        Qualifier qualifier = null;
        String q = longestPrefix(s, QUALIFIERS);
        if (q != null) {
            qualifier = QUALIFIERS.get(q);
            s = s.substring(q.length()).stripLeading();
        }
        // the figure as its writer put it, without the qualifier, to show beside the digits
        String figureWords = written.length() == written.toLowerCase(Locale.ROOT).length()
                ? written.substring(written.length() - s.length()) : null;
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1).stripLeading();
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.lookingAt()) {
            return Result.failed(Failure.NOT_A_NUMBER);
        }
        BigDecimal value = new BigDecimal(m.group().replaceAll("[,' _]", ""));
        String rest = s.substring(m.end());
        String scale = longestPrefix(rest.stripLeading(), SCALES);
        if (THOUSANDS_OR_DECIMALS.matcher(m.group()).matches()) {
            return Result.failed(Failure.AMBIGUOUS);
        }
        if (scale != null) {
            value = value.multiply(SCALES.get(scale));
            rest = rest.stripLeading().substring(scale.length());
        }
        boolean separated = rest.startsWith(" ");
        rest = rest.strip();
        if (rest.equals("%") || rest.equals("percent") || rest.equals("per cent")) {
            return Result.failed(Failure.PERCENT);
        }
        if (!rest.isEmpty()) {
            return separated && Character.isLetter(rest.codePointAt(0))
                    ? new Result(null, Failure.TRAILING_WORDS, rest)
                    : Result.failed(Failure.NOT_A_NUMBER);
        }
        if (negative && value.signum() != 0) {
            return Result.failed(Failure.NEGATIVE);
        }
        if (value.compareTo(MAX) >= 0) {
            return Result.failed(Failure.TOO_LARGE);
        }
        return new Result(new HumanNumber(exact(value), qualifier, scale == null ? null : figureWords), null, "");
    }

    /** The qualifier for words such as "more than", "over", "nearly", "about", "at least". */
    public static Optional<Qualifier> qualifier(String words) {
        String w = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(QUALIFIERS.get(w));
    }

    /** Plain digits: no exponent, no trailing zeros after the point ({@code 2700000}, {@code 1.5}). */
    static BigDecimal exact(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String longestPrefix(String s, Map<String, ?> table) {
        String best = null;
        for (String key : table.keySet()) {
            if (s.startsWith(key) && (best == null || key.length() > best.length()) && endsWord(s, key)) {
                best = key;
            }
        }
        return best;
    }

    /** A Latin word must not run on into letters: "m" is not the start of "mango". */
    private static boolean endsWord(String s, String key) {
        if (s.length() == key.length() || !Character.isLetter(key.codePointAt(key.length() - 1))
                || Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return true;
        }
        return !Character.isLetter(s.codePointAt(key.length()));
    }

    private static void words(Qualifier q, String... words) {
        for (String w : words) {
            QUALIFIERS.put(w, q);
        }
    }

    private static void scale(String factor, String... words) {
        for (String w : words) {
            SCALES.put(w, new BigDecimal(factor));
        }
    }
}
