package org.impactsite.mojo;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.impactsite.BuildSettings;
import org.impactsite.reuse.SharedCache;

/** The parameters every goal shares. */
abstract class AbstractImpactMojo extends AbstractMojo {

    /** The report's sources: site.yaml, case-studies/, pages/, assets/, templates/. */
    @Parameter(property = "impact.sourceDirectory", defaultValue = "${project.basedir}/src/impact", required = true)
    File sourceDirectory;

    /** Where the report is written. Its previous content is replaced only when a build succeeds. */
    @Parameter(property = "impact.outputDirectory", defaultValue = "${project.build.directory}/impact-site", required = true)
    File outputDirectory;

    /**
     * The address the report is published at, ending in "/" (https://impact.example.org/). Used
     * for absolute links in the sitemap, feed and social tags. Overrides {@code baseUrl} in site.yaml.
     */
    @Parameter(property = "impact.baseUrl")
    String baseUrl;

    /**
     * The report's language as a BCP 47 tag (en, zh-CN, ms): numbers, dates and the theme's words
     * follow it. Overrides {@code language} in site.yaml.
     */
    @Parameter(property = "impact.locale")
    String locale;

    /** Skip this goal. */
    @Parameter(property = "impact.skip", defaultValue = "false")
    boolean skip;

    /** Fail the build on warnings (such as a metric without a source), not only on errors. */
    @Parameter(property = "impact.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * The timestamp used where the report needs one (the feed's update time), for reproducible
     * output. Defaults to the project's {@code project.build.outputTimestamp}; when neither is set,
     * dates come from the case studies only.
     */
    @Parameter(property = "impact.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** Print how long each stage of the build took (load, charts, pages, publish, links, write). */
    @Parameter(property = "impact.timings", defaultValue = "false")
    boolean timings;

    /**
     * Also write every problem of the run to this file as SARIF 2.1.0, for code hosts to
     * annotate the lines of a change (target/impact-problems.sarif); it must lie inside the project.
     */
    @Parameter(property = "impact.problems")
    File problems;

    /**
     * Where charts, stories and pictures are kept for the next build of any report on this
     * machine, so that one after {@code mvn clean} draws only what changed: a folder, safe to
     * delete at any time (CI can keep it between jobs). By default {@code $XDG_CACHE_HOME/impact-site}
     * or {@code ~/.cache/impact-site}; {@code off} keeps them beside the report only.
     */
    @Parameter(property = "impact.cache")
    String cache;

    /** The size the cache is trimmed to after a build that added to it, used longest ago first: bytes, or with k, m or g. */
    @Parameter(property = "impact.cacheSize", defaultValue = "1g")
    String cacheSize;

    /** The project's folder: paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File projectRoot;

    RunReporter reporter() {
        return new RunReporter(getLog(), failOnWarning, timings, problems == null ? null : problems.toPath());
    }

    BuildSettings settings(boolean write) throws MojoFailureException {
        return new BuildSettings(projectRoot.toPath(), sourceDirectory.toPath(), outputDirectory.toPath(),
                blankToNull(baseUrl), blankToNull(locale), blankToNull(outputTimestamp), write, pdf(), sharedCache());
    }

    private SharedCache sharedCache() throws MojoFailureException {
        long bytes = SharedCache.size(cacheSize);
        if (bytes < 0) {
            throw new MojoFailureException("impact.cacheSize: \"" + cacheSize + "\" is not a size; write it in bytes or with k, m "
                    + "or g (-Dimpact.cacheSize=2g), or turn the cache off with -Dimpact.cache=off");
        }
        Path dir = SharedCache.folder(cache, System.getenv(), System.getProperty("user.home"));
        if (dir == null) {
            return null;
        }
        Path base = projectRoot.toPath();
        return new SharedCache(dir.isAbsolute() ? dir : base.resolve(dir), bytes);
    }

    /** Whether the run makes the report's PDFs ({@code -Dimpact.pdf}). */
    abstract boolean pdf();

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
