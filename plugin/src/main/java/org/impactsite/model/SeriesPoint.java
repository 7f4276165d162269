package org.impactsite.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One point of a time series: a date and the figure on it. */
public record SeriesPoint(PartialDate date, BigDecimal value) {

    public SeriesPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
