package org.impactsite.load;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impactsite.model.Level;
import org.impactsite.model.Metric;
import org.impactsite.model.Qualifier;
import org.impactsite.model.SeriesPoint;
import org.impactsite.problem.Location;
import org.impactsite.validate.DidYouMean;
import org.impactsite.validate.References;

/** One entry of {@code metrics}: a figure with its label, qualifier, unit, level, dates and series. */
final class MetricReader {

    /**
     * A metric and where it was written, for the checks that need the whole case study.
     *
     * @param at    where the metric's entry starts
     * @param cited whether {@code source:} is written (even when it names nothing)
     */
    record Read(Metric metric, Location at, boolean cited) {
    }

    private final SeriesReader series;

    MetricReader(SeriesReader series) {
        this.series = series;
    }

    /**
     * The metric, or empty when it lacks what every metric needs (reported).
     *
     * @param ids       the metric ids seen so far, with where they are written; this one is added
     * @param sourceIds the ids of the case study's sources, which {@code source:} must name
     */
    Optional<Read> read(YamlMap m, Map<String, Location> ids, Set<String> sourceIds) throws IOException {
        String id = PartsReader.uniqueId(m, ids, "metrics", "give each metric a short id, such as id: views");
        String label = m.requiredText("label", "say in words what is counted: label: Views of the clip");
        ExportSeries.Value exported = SeriesReader.valueFromExport(m) ? series.valueFrom(m) : null;
        HumanNumber value = SeriesReader.valueFromExport(m) ? (exported == null ? null : new HumanNumber(exported.value(), null))
                : YamlValues.number(m, "value", true);
        Qualifier qualifier = qualifier(m, value);
        Level level = level(m, "level", true);
        SeriesReader.Series read = series.read(m);
        List<SeriesPoint> points = read.points();
        String unit = m.text("unit");
        if (unit != null) {
            CurrencyUnits.check(unit, m.at("unit"), m.doc().problems());
        }
        String channel = m.text("channel");
        var date = YamlValues.date(m, "date");
        String source = m.text("source");
        if (source != null && !References.check(source, sourceIds, m.name("source"), "sources", m.at("source"),
                m.doc().problems())) {
            source = null;
        }
        HumanNumber baselineRead = YamlValues.number(m, "baseline", true);
        var baseline = baselineRead == null ? null : baselineRead.value();
        var target = plain(m, "target");
        String note = m.text("note");
        if (m.get("value").isEmpty() && m.get("series").isEmpty()) {
            m.doc().problems().error(m.at(), m.path() + " has neither a value nor a series",
                    "add value: 1500, or series: followers.csv, or series: [{date: 2020-01, value: 1500}]");
        }
        if (id == null || label == null || (value == null && points.isEmpty())) {
            return Optional.empty();
        }
        Metric metric = new Metric(id, label, value == null ? null : value.value(), qualifier, unit, level,
                channel, date, source, baseline, target, points, note,
                baselineRead == null ? null : baselineRead.qualifier(), value == null ? null : value.words(), read.origin(),
                exported == null ? null : exported.origin());
        return Optional.of(new Read(metric, m.at(), m.hasKey("source")));
    }

    /**
     * A level of the results chain under {@code key}, or {@code context} where {@code contextAllowed}
     * (a metric's figure about the platform or the problem); null when absent or wrong (reported).
     */
    static Level level(YamlMap m, String key, boolean contextAllowed) {
        String text = m.text(key);
        if (text == null) {
            return null;
        }
        Optional<Level> level = Level.fromId(text).filter(l -> contextAllowed || l.isResult());
        if (level.isEmpty()) {
            List<String> ids = Arrays.stream(Level.values()).filter(l -> contextAllowed || l.isResult())
                    .map(Level::id).toList();
            String hint = DidYouMean.hint(text, ids);
            if (!contextAllowed && Level.fromId(text).isPresent()) {
                m.problem(key, m.name(key) + " cannot be context: an outcome is a result of the campaign",
                        "write the figure about the platform or the problem as a metric with level: context");
                return null;
            }
            m.problem(key, m.name(key) + " must be " + (contextAllowed ? "output, outcome, impact or context"
                    : "output, outcome or impact") + ", got \"" + text + "\"",
                    hint.isEmpty() ? "output: what was produced (views); outcome: what changed for people; "
                            + "impact: the lasting change" + (contextAllowed
                            ? "; context: a figure about the platform or the problem, not a result" : "") : hint);
        }
        return level.orElse(null);
    }

    private static Qualifier qualifier(YamlMap m, HumanNumber value) {
        Qualifier inValue = value == null ? null : value.qualifier();
        String text = m.text("qualifier");
        if (text == null) {
            return inValue;
        }
        Optional<Qualifier> q = HumanNumber.qualifier(text);
        if (q.isEmpty()) {
            List<String> words = Arrays.stream(Qualifier.values()).map(Qualifier::words).toList();
            String hint = DidYouMean.hint(text, words);
            m.problem("qualifier", m.name("qualifier") + " must be more than, almost, about or at least, got \""
                    + text + "\"", hint.isEmpty() ? "leave qualifier out when the figure is exact" : hint);
            return inValue;
        }
        if (inValue != null && inValue != q.get()) {
            m.problem("qualifier", m.name("qualifier") + " says \"" + q.get() + "\" but the value says \""
                    + inValue + "\"", "keep one of them: remove the words from the value or the qualifier line");
        }
        return q.get();
    }

    private static java.math.BigDecimal plain(YamlMap m, String key) {
        HumanNumber n = YamlValues.number(m, key, false);
        return n == null ? null : n.value();
    }
}
