package org.impactsite.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.impactsite.format.NumberFormats;

/**
 * Tick labels of a value axis through {@link NumberFormats}: compact figures (384K, 2.7M,
 * 270万), the figure a log10 tick stands for (3 is 1,000), or a percentage (25 is 25%).
 * Holds a {@link NumberFormats}, so it lives and dies with one chart.
 */
final class AxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Kind { COMPACT, LOG10, PERCENT }

    private final transient NumberFormats numbers;
    private final Kind kind;

    AxisFormat(NumberFormats numbers, Kind kind) {
        this.numbers = numbers;
        this.kind = kind;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AxisFormat f && f.kind == kind && f.numbers == numbers;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    private String text(double number) {
        if (!Double.isFinite(number)) {
            return "";
        }
        return switch (kind) {
            case COMPACT -> numbers.compact(tidy(number));
            case LOG10 -> numbers.compact(tidy(Math.pow(10, Math.rint(number))));
            case PERCENT -> numbers.share(tidy(number), HUNDRED);
        };
    }

    /** Ticks such as 0.30000000000000004 become 0.3. */
    private static BigDecimal tidy(double number) {
        return new BigDecimal(number).round(MathContext.DECIMAL64).stripTrailingZeros();
    }
}
