package org.impactsite.portfolio;

import java.math.BigDecimal;
import java.util.Objects;
import org.impactsite.model.Qualifier;

/**
 * A headline number of the home page: one metric id summed over the case studies that report it.
 *
 * @param label     the label of the first metric found (case studies in slug order)
 * @param unit      that metric's unit; null when not given
 * @param qualifier null when every summed figure was exact
 * @param count     how many case studies contributed
 */
public record Highlight(String id, String label, String unit, BigDecimal total, Qualifier qualifier, int count) {

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(total, "total");
    }
}
