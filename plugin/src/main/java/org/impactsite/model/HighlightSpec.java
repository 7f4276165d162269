package org.impactsite.model;

import java.util.Objects;

/**
 * One entry of {@code highlights} in site.yaml: a headline total of the home page.
 *
 * @param metric the metric id added across case studies
 * @param label  the report's own words for the total ("Video views"); null for a neutral label
 *               made from the unit
 * @param unit   only figures in this unit are added ("views", "USD"); null to add each unit
 *               apart
 */
public record HighlightSpec(String metric, String label, String unit) {

    public HighlightSpec {
        Objects.requireNonNull(metric, "metric");
    }

    /** A highlight naming only its metric. */
    public static HighlightSpec of(String metric) {
        return new HighlightSpec(metric, null, null);
    }
}
