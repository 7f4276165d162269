package org.impactsite.load;

import java.util.Optional;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.KeySchema;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Typed values read from YAML nodes: figures, whole numbers, dates and periods. */
final class YamlValues {

    private YamlValues() {
    }

    /** A figure under {@code key}; null when absent or not a figure (reported). */
    static HumanNumber number(YamlMap map, String key, boolean qualifierAllowed) {
        return map.get(key).map(n -> number(map.doc(), n, map.name(key), qualifierAllowed)).orElse(null);
    }

    /** A figure; null when {@code node} is not one (reported). */
    static HumanNumber number(YamlDoc doc, Node node, String name, boolean qualifierAllowed) {
        if (!(node instanceof ScalarNode s) || s.getTag().equals(Tag.BOOL)) {
            doc.error(node, name + " must be a number, got " + YamlMap.describe(node), HumanNumber.HINT);
            return null;
        }
        return number(s.getValue(), name, qualifierAllowed, doc.at(node), doc.problems());
    }

    /** A figure from text, as in a CSV cell; null when it is not one (reported at {@code at}). */
    static HumanNumber number(String raw, String name, boolean qualifierAllowed, Location at, Problems problems) {
        HumanNumber.Result r = HumanNumber.parse(raw);
        if (r.ok()) {
            if (r.number().qualifier() != null && !qualifierAllowed) {
                problems.error(at, name + " cannot have a qualifier (\"" + r.number().qualifier() + "\")",
                        "write the number alone; only a metric's value takes \"more than\", \"about\"...");
                return null;
            }
            return r.number();
        }
        String got = name + " must be a number, got \"" + raw.strip() + "\"";
        switch (r.failure()) {
            case PERCENT -> problems.error(at, got, "a metric counts things (people, views); to report a share, "
                    + "write the number and the unit apart: value: 12 and unit: \"%\"");
            case TRAILING_WORDS -> problems.error(at, got,
                    "write only the number here, and the words under unit: (unit: " + r.words() + ")");
            case NEGATIVE -> problems.error(at, name + " cannot be negative, got \"" + raw.strip() + "\"",
                    "write the count itself; a fall shows as a baseline followed by a smaller value");
            case TOO_LARGE -> problems.error(at, name + " is too large: \"" + raw.strip() + "\"",
                    "figures must be below a thousand million million (10^15)");
            case AMBIGUOUS -> problems.error(at, name + " \"" + raw.strip() + "\" could be read as a thousand times more or less: "
                    + "in some languages the point groups thousands, in others it starts the decimals",
                    "write it without the point: 1000 or 1,000 for a thousand, 2500000 or 2.5 million for two and a half million");
            default -> problems.error(at, got, HumanNumber.HINT);
        }
        return null;
    }

    /** A whole number from {@code min} to {@code max}; null when absent or wrong (reported). */
    static Integer integer(YamlMap map, String key, int min, int max, String hint) {
        return map.get(key).map(n -> integer(map.doc(), n, map.name(key), min, max, hint)).orElse(null);
    }

    static Integer integer(YamlDoc doc, Node node, String name, int min, int max, String hint) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.BOOL)) {
            String t = s.getValue().strip();
            if (t.matches("[+-]?\\d{1,9}")) {
                int v = Integer.parseInt(t);
                if (v >= min && v <= max) {
                    return v;
                }
            }
        }
        doc.error(node, name + " must be a whole number from " + min + " to " + max + ", got "
                + YamlMap.describe(node), hint);
        return null;
    }

    /** A date under {@code key}; null when absent or wrong (reported). */
    static PartialDate date(YamlMap map, String key) {
        return map.get(key).map(n -> date(map.doc(), n, map.name(key))).orElse(null);
    }

    static PartialDate date(YamlDoc doc, Node node, String name) {
        if (!(node instanceof ScalarNode s)) {
            doc.error(node, name + " must be a date, got " + YamlMap.describe(node), PartialDates.HINT);
            return null;
        }
        return date(s.getValue(), name, doc.at(node), doc.problems());
    }

    /** A date from text, as in a CSV cell; null when it is not one (reported at {@code at}). */
    static PartialDate date(String raw, String name, Location at, Problems problems) {
        PartialDates.Result r = PartialDates.parse(raw);
        if (r.ok()) {
            return r.date();
        }
        if (r.impossible() != null) {
            problems.error(at, name + " is not a real date: " + raw.strip() + " (" + r.impossible() + ")",
                    PartialDates.HINT);
        } else {
            problems.error(at, name + " must be a date, got \"" + raw.strip() + "\"", PartialDates.HINT);
        }
        return null;
    }

    /** A period: one date, {@code 2019/2021-06}, or {@code {start: .., end: ..}}; null when absent or wrong. */
    static Period period(YamlMap map, String key) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty()) {
            return null;
        }
        String name = map.name(key);
        YamlDoc doc = map.doc();
        PartialDate start;
        PartialDate end;
        if (node.get() instanceof ScalarNode s && s.getValue().contains("/")) {
            String[] parts = s.getValue().split("/", -1);
            if (parts.length != 2) {
                doc.error(s, name + " must be a date or two dates joined by /, got " + YamlMap.describe(s), PartialDates.HINT);
                return null;
            }
            start = date(parts[0], name + " (start)", doc.at(s), doc.problems());
            end = date(parts[1], name + " (end)", doc.at(s), doc.problems());
        } else if (node.get() instanceof ScalarNode s) {
            PartialDate d = date(doc, s, name);
            return d == null ? null : Period.of(d);
        } else {
            Optional<YamlMap> range = YamlMap.of(doc, name, node.get(), KeySchema.PERIOD);
            if (range.isEmpty()) {
                return null;
            }
            YamlMap r = range.get();
            for (String k : new String[] {"start", "end"}) {
                if (r.get(k).isEmpty()) {
                    r.problem(k, r.name(k) + " is missing", "a period is written {start: 2019-11, end: 2020-02}");
                }
            }
            start = date(r, "start");
            end = date(r, "end");
        }
        if (start == null || end == null) {
            return null;
        }
        if (end.lastDay().isBefore(start.firstDay())) {
            map.problem(key, name + " ends (" + end + ") before it starts (" + start + ")", "swap start and end");
            return null;
        }
        return new Period(start, end);
    }
}
