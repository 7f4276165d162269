package org.impactsite.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Currencies;
import org.impactsite.model.HighlightSpec;
import org.impactsite.model.Metric;
import org.impactsite.model.Qualifier;

/**
 * A headline total of the home page: the figures of one metric id in one unit, added across the
 * case studies that report it, with every part and every figure left out, so a reader can re-add
 * it.
 *
 * @param spec      the highlights entry this total comes from
 * @param unit      the unit of the total as first written (or the entry's unit); "" when none
 * @param total     the sum of the parts' values
 * @param qualifier what the sum may claim ({@link Sums#qualifier}); null when exact
 * @param parts     the figures added, case studies in slug order
 * @param leftOut   the figures of the metric id not added, and why
 * @param converted the rates some parts were converted with; null when none was
 */
public record Headline(HighlightSpec spec, String unit, BigDecimal total, Qualifier qualifier, List<Part> parts,
        List<LeftOut> leftOut, Currencies converted) {

    public Headline {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        leftOut = List.copyOf(leftOut);
    }

    /** The report's label for the total, or null when the page makes a neutral one from the unit. */
    public String label() {
        return spec.label();
    }

    public String metric() {
        return spec.metric();
    }

    /** How many case studies the total adds. */
    public int count() {
        return (int) parts.stream().map(p -> p.caseStudy().slug()).distinct().count();
    }

    /**
     * One figure added into a total.
     *
     * @param value the figure in the total's unit: the metric's latest figure, converted when
     *              {@code rate} is not null
     * @param rate  what one unit of the metric's currency is worth in the total's; null when
     *              not converted
     */
    public record Part(CaseStudy caseStudy, Metric metric, BigDecimal value, BigDecimal rate) {

        public Part {
            Objects.requireNonNull(caseStudy, "caseStudy");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Why a figure of the highlight's metric id is not in a total. */
    public enum Reason {
        /** The case study is part of another whose figure in the total already counts it. */
        COUNTED_IN_WHOLE("counted in"),
        /** Its unit is not the total's. */
        OTHER_UNIT("another unit"),
        /** A figure about the platform or the problem, not a result. */
        CONTEXT("context, not a result"),
        /** A share, rate, average or rank: it cannot be added. */
        NOT_ADDITIVE("cannot be added"),
        /** A currency the declared rates do not convert. */
        NO_RATE("no exchange rate declared");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** A short phrase for data files (English). */
        public String words() {
            return words;
        }

        /** The key of this reason in the theme's messages and data files. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A figure left out of a total.
     *
     * @param whole the case study that counts it, for {@link Reason#COUNTED_IN_WHOLE}; else null
     */
    public record LeftOut(CaseStudy caseStudy, Metric metric, Reason reason, CaseStudy whole) {

        public LeftOut {
            Objects.requireNonNull(caseStudy, "caseStudy");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
