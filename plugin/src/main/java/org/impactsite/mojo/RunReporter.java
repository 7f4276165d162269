package org.impactsite.mojo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.impactsite.BuildResult;
import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;
import org.impactsite.problem.Problem;

/** Runs a build, prints its problems and summary, and turns the outcome into Maven's terms. */
final class RunReporter {

    private final Log log;
    private final boolean failOnWarning;

    RunReporter(Log log, boolean failOnWarning) {
        this.log = log;
        this.failOnWarning = failOnWarning;
    }

    void run(BuildSettings settings) throws MojoExecutionException, MojoFailureException {
        BuildResult result;
        try {
            result = new ImpactBuild(settings, log::info).run();
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("impact-site: could not read or write files: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("impact-site: could not read or write files: " + e.getMessage(), e);
        }
        for (Problem p : result.problems().all()) {
            if (p.isError()) {
                log.error(p.toString());
            } else {
                log.warn(p.toString());
            }
        }
        String summary = result.problems().summary();
        boolean failed = result.problems().hasErrors()
                || (failOnWarning && !result.problems().warnings().isEmpty());
        if (failed) {
            String why = result.problems().hasErrors() ? "" : " (failOnWarning is on)";
            throw new MojoFailureException("impact-site: " + summary + why
                    + (settings.write() ? "; the previous report was left as it was" : ""));
        }
        if (settings.write()) {
            log.info(String.format(Locale.ROOT, "impact-site: wrote %d pages, %d charts, %d data files (%d files in all) to %s in %.1f s; %s",
                    result.pages(), result.charts(), result.dataFiles(), result.files(), settings.outputDirectory(),
                    result.millis() / 1000.0, summary));
        } else {
            log.info("impact-site: checked " + settings.sourceDirectory() + ": " + summary);
        }
    }
}
