package org.impactsite.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exchange rates site.yaml declares under {@code currencies}: only with them are figures in
 * one currency added to figures in another, and a converted total names these rates.
 *
 * @param base   the ISO 4217 code totals are converted into
 * @param rates  ISO 4217 code to the amount of {@code base} that one unit of it is worth
 * @param source where the rates come from ("Central bank reference rates")
 * @param date   the day, month or year the rates are for
 */
public record Currencies(String base, Map<String, BigDecimal> rates, String source, PartialDate date) {

    public Currencies {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        rates = java.util.Collections.unmodifiableMap(new TreeMap<>(rates));
    }

    /** How much of {@code base} one unit of {@code code} is worth; 1 for the base itself. */
    public Optional<BigDecimal> rate(String code) {
        return code.equals(base) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(rates.get(code));
    }
}
