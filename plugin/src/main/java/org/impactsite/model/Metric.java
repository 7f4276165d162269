package org.impactsite.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of a case study. Has a {@code value}, a {@code series}, or both; the optional
 * fields are null when the user did not give them.
 *
 * @param unit      what is counted ("views", "followers"); null when not given
 * @param sourceId  the id of an entry in the case study's sources; null when not given
 * @param series    dated points, oldest first; empty when not given
 * @param level     the results-chain step, or {@link Level#CONTEXT} for a figure about the
 *                  platform or the problem rather than the campaign's own result; null when not given
 * @param baselineQualifier how exact the baseline is ("about 1,000"); null when exact or absent
 * @param valueWords the value as written when the writer used a scale word ("2.7 million", "384K"),
 *                   shown in tiles and sentences; null when written in digits
 */
public record Metric(
        String id,
        String label,
        BigDecimal value,
        Qualifier qualifier,
        String unit,
        Level level,
        String channel,
        PartialDate date,
        String sourceId,
        BigDecimal baseline,
        BigDecimal target,
        List<SeriesPoint> series,
        String note,
        Qualifier baselineQualifier,
        String valueWords,
        String origin,
        String valueOrigin) {

    /**
     * A metric written in the case study itself. With figures from a platform's export,
     * {@code origin} names the file and column its series was read from and {@code valueOrigin}
     * the file, column and row of its value (each null otherwise).
     */
    public Metric(String id, String label, BigDecimal value, Qualifier qualifier, String unit, Level level,
            String channel, PartialDate date, String sourceId, BigDecimal baseline, BigDecimal target,
            List<SeriesPoint> series, String note, Qualifier baselineQualifier, String valueWords) {
        this(id, label, value, qualifier, unit, level, channel, date, sourceId, baseline, target, series, note,
                baselineQualifier, valueWords, null, null);
    }

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        series = List.copyOf(series);
        if (value == null && series.isEmpty()) {
            throw new IllegalArgumentException("metric " + id + " needs a value or a series");
        }
    }

    /** A metric whose value was written in digits. */
    public Metric(String id, String label, BigDecimal value, Qualifier qualifier, String unit, Level level,
            String channel, PartialDate date, String sourceId, BigDecimal baseline, BigDecimal target,
            List<SeriesPoint> series, String note, Qualifier baselineQualifier) {
        this(id, label, value, qualifier, unit, level, channel, date, sourceId, baseline, target, series, note,
                baselineQualifier, null);
    }

    /**
     * The value as the source's words put it ("2.7 million", "384K"), for tiles and sentences;
     * else the digits, formatted by the caller. Null for a series.
     */
    public String shownWords() {
        return value == null ? null : valueWords;
    }

    /** A metric without the baseline's qualifier. */
    public Metric(String id, String label, BigDecimal value, Qualifier qualifier, String unit, Level level,
            String channel, PartialDate date, String sourceId, BigDecimal baseline, BigDecimal target,
            List<SeriesPoint> series, String note) {
        this(id, label, value, qualifier, unit, level, channel, date, sourceId, baseline, target, series, note, null);
    }

    /** A figure about the platform or the problem, not the campaign's result: never added to results. */
    public boolean isContext() {
        return level == Level.CONTEXT;
    }

    /** The date of {@link #latest()}: {@code date} for a value, else the last point's date; may be null. */
    public PartialDate latestDate() {
        return value != null ? date : series.get(series.size() - 1).date();
    }

    public boolean hasSeries() {
        return !series.isEmpty();
    }

    /** The reported figure: {@code value}, else the last point of the series. */
    public BigDecimal latest() {
        return value != null ? value : series.get(series.size() - 1).value();
    }

    /** Before/after: a baseline and a value. */
    public boolean hasBaseline() {
        return baseline != null && value != null;
    }

    public boolean hasTarget() {
        return target != null;
    }

    public Optional<String> unitOpt() {
        return Optional.ofNullable(unit);
    }
}
