package org.impactsite.mojo;

import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.impactsite.BuildResult;
import org.impactsite.BuildSettings;
import org.impactsite.ProblemsFile;
import org.impactsite.ImpactBuild;
import org.impactsite.problem.Shown;

/** Runs a build, prints its problems and summary, and turns the outcome into Maven's terms. */
final class RunReporter {

    private final Log log;
    private final boolean failOnWarning;
    private final boolean timings;

    RunReporter(Log log, boolean failOnWarning) {
        this(log, failOnWarning, false);
    }

    /** @param timings print how long each stage took */
    RunReporter(Log log, boolean failOnWarning, boolean timings) {
        this(log, failOnWarning, timings, null);
    }

    /** @param problemsFile where to write the run's problems as SARIF; null for nowhere */
    RunReporter(Log log, boolean failOnWarning, boolean timings, Path problemsFile) {
        this.log = log;
        this.failOnWarning = failOnWarning;
        this.timings = timings;
        this.problemsFile = problemsFile;
    }

    private final Path problemsFile;

    private static final java.util.List<String> ORDER = java.util.List.of("check", "load", "charts", "pages", "publish", "links", "write");
    private static final java.util.Comparator<String> STAGES = java.util.Comparator.comparingInt(ORDER::indexOf);

    /** A build that could not finish: files that cannot be read or written, or too little memory. */
    static BuildResult attempt(java.util.concurrent.Callable<BuildResult> build, long maxHeapBytes, boolean write)
            throws MojoExecutionException {
        try {
            return build.call();
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("impact-site: could not read or write files: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("impact-site: could not read or write files: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            long mib = maxHeapBytes / (1024 * 1024);
            long more = Math.max(1024, (2 * mib + 255) / 256 * 256); // twice as much, in steps of 256 MiB
            throw new MojoExecutionException(String.format(Locale.ROOT, "impact-site: Java ran out of memory (it may use %d MiB)%s."
                    + " Give Maven more, for example MAVEN_OPTS=-Xmx%dm, or the line -Xmx%dm in the project's .mvn/jvm.config"
                    + " (10,000 case studies build in 1 GiB)", mib,
                    write ? "; the previous report was left as it was" : "", more, more));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void run(BuildSettings settings) throws MojoExecutionException, MojoFailureException {
        ImpactBuild build = new ImpactBuild(settings, log::info).failingOnWarnings(failOnWarning);
        BuildResult result = attempt(build::run, Runtime.getRuntime().maxMemory(), settings.write());
        if (timings) {
            StringBuilder line = new StringBuilder("impact-site: timings (ms):");
            build.timings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(STAGES))
                    .forEach(e -> line.append(' ').append(e.getKey()).append(' ').append(e.getValue()));
            log.info(line.append(" total ").append(result.millis()).toString());
        }
        for (Shown.Line line : Shown.of(result.problems().all())) {
            if (line.error()) {
                log.error(line.text());
            } else {
                log.warn(line.text());
            }
        }
        if (problemsFile != null) {
            Path file = problemsFile.isAbsolute() ? problemsFile : settings.projectRoot().resolve(problemsFile);
            try {
                ProblemsFile.write(result.problems().all(), file, settings.projectRoot());
            } catch (IOException e) {
                throw new MojoExecutionException("impact-site: could not write the problems file: " + e.getMessage(), e);
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
        if (build.upToDate()) {
            log.info(String.format(Locale.ROOT, "impact-site: the report in %s is up to date (%d pages, %d charts, %d data files): "
                    + "nothing it is made from changed since it was written; %s", settings.outputDirectory(),
                    result.pages(), result.charts(), result.dataFiles(), summary));
        } else if (settings.write()) {
            log.info(String.format(Locale.ROOT, "impact-site: wrote %d pages, %d charts, %d data files (%d files in all) to %s in %.1f s; %s",
                    result.pages(), result.charts(), result.dataFiles(), result.files(), settings.outputDirectory(),
                    result.millis() / 1000.0, summary));
        } else {
            log.info("impact-site: checked " + settings.sourceDirectory() + ": " + summary);
        }
    }
}
