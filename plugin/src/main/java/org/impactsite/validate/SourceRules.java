package org.impactsite.validate;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.impactsite.model.Metric;
import org.impactsite.problem.Problems;

/** Figures should say where they come from: a warning for each metric without a source. */
public final class SourceRules {

    private SourceRules() {
    }

    /**
     * Warns, at each metric, when it names no source.
     *
     * @param sourceIds the ids of the case study's sources (may be empty)
     */
    public static void checkCited(List<Located<Metric>> metrics, Collection<String> sourceIds, Problems problems) {
        String hint = sourceIds.isEmpty()
                ? "add a sources list to the case study and name one of its ids in source:, so readers can check the figure"
                : "add source: with one of " + String.join(", ", new TreeSet<>(sourceIds))
                        + ", so readers can check the figure";
        for (Located<Metric> m : metrics) {
            if (m.value().sourceId() == null) {
                problems.warning(m.at(), "metric \"" + m.value().id() + "\" does not say where its figure comes from", hint);
            }
        }
    }
}
