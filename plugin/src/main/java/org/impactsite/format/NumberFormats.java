package org.impactsite.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import org.impactsite.figures.Change;

/**
 * Figures formatted for one locale. Instances are not thread-safe (they hold
 * {@link NumberFormat}s): make one per thread or per page. Making one is cheap: the formats of a
 * locale are set up once and copied; the compact ones (whose copies share state in Java 17) are
 * set up once per thread and language.
 */
public final class NumberFormats {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

    private final Locale locale;
    private final NumberFormat full;
    private final NumberFormat percent;

    /** Each thread's short and long compact formats, by locale. */
    private static final ThreadLocal<java.util.Map<Locale, NumberFormat[]>> COMPACT =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** Set-up formats of each locale met, copied for each new instance (setting one up is slow). */
    private static final java.util.concurrent.ConcurrentHashMap<Locale, NumberFormats> PROTOTYPES =
            new java.util.concurrent.ConcurrentHashMap<>();

    public NumberFormats(Locale locale) {
        this(PROTOTYPES.computeIfAbsent(Objects.requireNonNull(locale, "locale"), NumberFormats::setUp));
    }

    private NumberFormats(NumberFormats prototype) {
        this(prototype.locale, (NumberFormat) prototype.full.clone(), (NumberFormat) prototype.percent.clone());
    }

    private NumberFormats(Locale locale, NumberFormat full, NumberFormat percent) {
        this.locale = locale;
        this.full = full;
        this.percent = percent;
    }

    /** A locale's formats, set up from the JDK's (the slow part, done once per locale). */
    private static NumberFormats setUp(Locale locale) {
        NumberFormat full = NumberFormat.getNumberInstance(locale);
        full.setMaximumFractionDigits(2);
        full.setRoundingMode(RoundingMode.HALF_EVEN);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(0);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_EVEN);
        if (percent instanceof DecimalFormat df) {
            df.setPositivePrefix("+" + df.getPositivePrefix());
        }
        return new NumberFormats(locale, full, percent);
    }

    public Locale locale() {
        return locale;
    }

    /** This thread's compact format of the locale: 0 short ("2.7M"), 1 long ("2.7 million"). */
    private NumberFormat compactFormat(int style) {
        return COMPACT.get().computeIfAbsent(locale, l -> new NumberFormat[] {
                compactFormat(l, NumberFormat.Style.SHORT), compactFormat(l, NumberFormat.Style.LONG)})[style];
    }

    private static NumberFormat compactFormat(Locale locale, NumberFormat.Style style) {
        NumberFormat f = NumberFormat.getCompactNumberInstance(locale, style);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    /** Every digit, grouped: 1,000,000; 2,700,000; 0.25. */
    public String full(BigDecimal value) {
        return full.format(value);
    }

    /** Short form for tiles and axes: 1M, 2.7M, 384K in English, 100万 in Chinese; below 10,000 as {@link #full}. */
    public String compact(BigDecimal value) {
        if (value.abs().compareTo(TEN_THOUSAND) < 0) {
            return full(value);
        }
        return compactFormat(0).format(forCompact(value));
    }

    /** Long form for sentences: "1 million", "2.7 million"; below 10,000 as {@link #full}. */
    public String words(BigDecimal value) {
        if (value.abs().compareTo(TEN_THOUSAND) < 0) {
            return full(value);
        }
        return compactFormat(1).format(forCompact(value));
    }

    /**
     * The JDK's compact format drops the fraction of a {@code BigDecimal} (2,700,000 came out as
     * "3M") and does not carry a rounded 999,999 over to the next unit ("1000K"): it gets a
     * {@code double} already rounded to three significant digits.
     */
    private static double forCompact(BigDecimal value) {
        return value.round(THREE_DIGITS).doubleValue();
    }

    /**
     * The change from {@code before} to {@code after} as a signed percentage: 1,500 to 4,073 is
     * "+171.5%". Empty when {@code before} is zero (no percentage of nothing).
     */
    public String change(BigDecimal before, BigDecimal after) {
        if (before.signum() == 0) {
            return "";
        }
        BigDecimal ratio = after.subtract(before).divide(before.abs(), 6, RoundingMode.HALF_EVEN);
        return percent.format(ratio);
    }

    /**
     * The figure of a change without its words: "+171.5%" for a percentage, "+40%" for a rough
     * one, "30" for a multiple (the words "about ... times" are the caller's); empty for none.
     */
    public String change(Change c) {
        return switch (c.kind()) {
            case NONE -> "";
            case PERCENT, ROUGH_PERCENT -> percent.format(c.amount());
            case TIMES -> full(c.amount());
        };
    }

    /** {@code part} of {@code whole} as a percentage without sign: "81.5%". Empty for a zero whole. */
    public String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "";
        }
        String s = percent.format(part.divide(whole, 6, RoundingMode.HALF_EVEN));
        return s.startsWith("+") ? s.substring(1) : s;
    }

    /** Progress towards a target as a number from 0 to 100 (may exceed 100), one decimal. */
    public static BigDecimal progress(BigDecimal value, BigDecimal target) {
        if (target.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_EVEN);
    }
}
