package org.impactsite;

import java.util.Objects;
import org.impactsite.problem.Problems;

/**
 * The outcome of a run: the problems found and, when the site was built, what was produced.
 *
 * @param dataFiles the JSON and CSV files among the {@code files}
 * @param written   whether the output directory was replaced
 */
public record BuildResult(Problems problems, int pages, int charts, int dataFiles, int files, boolean written,
        long millis) {

    public BuildResult {
        Objects.requireNonNull(problems, "problems");
    }
}
