package org.impactsite.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impactsite.model.ChartSpec;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.impactsite.problem.Location;
import org.impactsite.validate.ChartRules;
import org.impactsite.validate.DidYouMean;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.Located;
import org.impactsite.validate.References;

/** The charts a case study declares, checked against its metrics. */
final class ChartReader {

    private ChartReader() {
    }

    /**
     * @param metricIds every metric id written, with where (for "did you mean")
     * @param metrics   the metrics read without errors, by id
     */
    static List<ChartSpec> charts(YamlMap top, Map<String, Location> metricIds, Map<String, Metric> metrics) {
        List<ChartSpec> out = new ArrayList<>();
        for (YamlMap c : top.maps("charts", KeySchema.CHART)) {
            Optional<ChartType> type = type(c);
            String title = c.text("title");
            List<Located<String>> ids = c.texts("metrics");
            if (ids.isEmpty() && c.get("metrics").isEmpty()) {
                c.problem("metrics", c.name("metrics") + " is missing: a chart needs the ids of the metrics it draws",
                        "name them in a list: metrics: [views, comments]");
            }
            List<Located<Metric>> drawn = new ArrayList<>();
            List<String> keptIds = new ArrayList<>();
            for (Located<String> id : ids) {
                boolean known = References.check(id.value(), metricIds.keySet(), c.name("metrics"), "metrics",
                        id.at(), c.doc().problems());
                Metric m = metrics.get(id.value());
                if (known && m != null) {
                    drawn.add(new Located<>(m, id.at()));
                    keptIds.add(id.value());
                }
            }
            if (type.isPresent()) {
                ChartRules.check(type.get(), c.path(), c.at("metrics"), drawn, c.doc().problems());
                if (!keptIds.isEmpty()) {
                    out.add(new ChartSpec(type.get(), title, keptIds));
                }
            }
        }
        return out;
    }

    private static Optional<ChartType> type(YamlMap c) {
        String text = c.requiredText("type", "choose one of: " + typeList());
        if (text == null) {
            return Optional.empty();
        }
        Optional<ChartType> type = ChartType.fromId(text);
        if (type.isEmpty()) {
            List<String> ids = Arrays.stream(ChartType.values()).map(ChartType::id).toList();
            String hint = DidYouMean.hint(text, ids);
            c.problem("type", c.name("type") + " must be one of " + typeList() + ", got \"" + text + "\"",
                    hint.isEmpty() ? "bar compares figures; line shows a series over time; progress compares a value "
                            + "with its target; before-after a baseline with a value" : hint);
        }
        return type;
    }

    private static String typeList() {
        return String.join(", ", Arrays.stream(ChartType.values()).map(ChartType::id).toList());
    }
}
