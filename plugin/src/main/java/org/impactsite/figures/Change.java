package org.impactsite.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.impactsite.model.Metric;
import org.impactsite.model.Qualifier;

/**
 * How much a figure changed from its baseline, claiming no more precision than the figures
 * have. Two exact figures give a percentage to 0.1 % (1,500 to 4,073 is +171.5 %). When either
 * carries a qualifier ("about 1,000" to "more than 30,000") the change is rough: a multiple to
 * two significant digits when the figure at least doubled ("about 30 times"), else a whole
 * percentage ("about +40 %"); a rough change that rounds to nothing is not stated.
 *
 * @param kind   what {@code amount} is
 * @param amount for {@link Kind#PERCENT} and {@link Kind#ROUGH_PERCENT} the change as a
 *               fraction of the baseline (0.4 for +40 %); for {@link Kind#TIMES} the multiple;
 *               null for {@link Kind#NONE}
 */
public record Change(Kind kind, BigDecimal amount) {

    /** What a change can say. */
    public enum Kind {
        /** Nothing: the baseline is zero, or a rough change rounds to nothing. */
        NONE,
        /** A percentage of exact figures, to 0.1 %. */
        PERCENT,
        /** A whole percentage of figures of which one at least is not exact: "about +40 %". */
        ROUGH_PERCENT,
        /** A multiple, two significant digits, of figures not both exact: "about 30 times". */
        TIMES
    }

    private static final Change NOTHING = new Change(Kind.NONE, null);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    /** The change of a metric from its baseline to its value; {@link Kind#NONE} without a baseline. */
    public static Change of(Metric m) {
        if (!m.hasBaseline()) {
            return NOTHING;
        }
        return of(m.baseline(), m.baselineQualifier(), m.value(), m.qualifier());
    }

    /** The change from {@code before} (with its qualifier, null for exact) to {@code after}. */
    public static Change of(BigDecimal before, Qualifier beforeQualifier, BigDecimal after, Qualifier afterQualifier) {
        if (before.signum() == 0) {
            return NOTHING;
        }
        BigDecimal fraction = after.subtract(before).divide(before.abs(), 6, RoundingMode.HALF_EVEN);
        if (beforeQualifier == null && afterQualifier == null) {
            return new Change(Kind.PERCENT, fraction);
        }
        if (before.signum() > 0 && after.compareTo(before.multiply(TWO)) >= 0) {
            BigDecimal times = after.divide(before, 6, RoundingMode.HALF_EVEN).round(TWO_DIGITS);
            return new Change(Kind.TIMES, times.stripTrailingZeros());
        }
        BigDecimal whole = fraction.setScale(2, RoundingMode.HALF_EVEN);
        return whole.signum() == 0 ? NOTHING : new Change(Kind.ROUGH_PERCENT, whole);
    }

    /** Whether there is a change to state. */
    public boolean isStated() {
        return kind != Kind.NONE;
    }
}
