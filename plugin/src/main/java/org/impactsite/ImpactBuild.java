package org.impactsite;

import java.io.IOException;
import org.impactsite.problem.Problems;

/** The pipeline: load, validate, render, write. No Maven types below this line. */
public final class ImpactBuild {

    private final BuildSettings settings;

    public ImpactBuild(BuildSettings settings) {
        this.settings = settings;
    }

    public BuildResult run() throws IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        // Wired up as the stages land.
        return new BuildResult(problems, 0, 0, 0, false, (System.nanoTime() - start) / 1_000_000);
    }
}
