package org.impactsite;

import java.nio.file.Path;
import java.util.Objects;

import org.impactsite.reuse.SharedCache;

/**
 * What a run is asked to do, free of Maven types.
 *
 * @param projectRoot     the report project's folder; paths in messages are relative to it
 * @param sourceDirectory the report's sources ({@code src/impact})
 * @param outputDirectory where the site goes ({@code target/impact-site})
 * @param baseUrl         overrides {@code baseUrl} of site.yaml when not null
 * @param locale          overrides {@code language} of site.yaml when not null
 * @param outputTimestamp ISO 8601 instant for dates in feeds, from
 *                        {@code project.build.outputTimestamp}; null when not set
 * @param write           false for validation: everything is built, nothing written
 * @param pdf             whether the report has its PDFs ({@code report.pdf} and one per case study)
 * @param cache           the machine's cache of charts, stories and pictures; null to keep them
 *                        beside the report only (gone with {@code mvn clean})
 */
public record BuildSettings(
        Path projectRoot,
        Path sourceDirectory,
        Path outputDirectory,
        String baseUrl,
        String locale,
        String outputTimestamp,
        boolean write,
        boolean pdf,
        SharedCache cache) {

    /** A run that keeps its work beside the report. */
    public BuildSettings(Path projectRoot, Path sourceDirectory, Path outputDirectory, String baseUrl, String locale,
            String outputTimestamp, boolean write, boolean pdf) {
        this(projectRoot, sourceDirectory, outputDirectory, baseUrl, locale, outputTimestamp, write, pdf, null);
    }

    /** A run that makes the PDFs too. */
    public BuildSettings(Path projectRoot, Path sourceDirectory, Path outputDirectory, String baseUrl, String locale,
            String outputTimestamp, boolean write) {
        this(projectRoot, sourceDirectory, outputDirectory, baseUrl, locale, outputTimestamp, write, true);
    }

    public BuildSettings {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        projectRoot = projectRoot.toAbsolutePath().normalize();
        sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /** A run over a project's usual folders: sources in {@code src/impact}, the site in {@code target/impact-site}. */
    public static BuildSettings of(Path projectRoot, boolean write) {
        return new BuildSettings(projectRoot, projectRoot.resolve("src/impact"), projectRoot.resolve("target/impact-site"),
                null, null, null, write);
    }

    public BuildSettings withSources(Path folder) {
        return new BuildSettings(projectRoot, folder, outputDirectory, baseUrl, locale, outputTimestamp, write, pdf, cache);
    }

    public BuildSettings withOutput(Path folder) {
        return new BuildSettings(projectRoot, sourceDirectory, folder, baseUrl, locale, outputTimestamp, write, pdf, cache);
    }

    public BuildSettings withBaseUrl(String value) {
        return new BuildSettings(projectRoot, sourceDirectory, outputDirectory, value, locale, outputTimestamp, write, pdf, cache);
    }

    public BuildSettings withLocale(String value) {
        return new BuildSettings(projectRoot, sourceDirectory, outputDirectory, baseUrl, value, outputTimestamp, write, pdf, cache);
    }

    public BuildSettings withOutputTimestamp(String value) {
        return new BuildSettings(projectRoot, sourceDirectory, outputDirectory, baseUrl, locale, value, write, pdf, cache);
    }

    /** The same run, with or without the PDFs. */
    public BuildSettings withPdf(boolean value) {
        return new BuildSettings(projectRoot, sourceDirectory, outputDirectory, baseUrl, locale, outputTimestamp, write, value, cache);
    }

    /** The same run, keeping its work in {@code value} (null: beside the report). */
    public BuildSettings withCache(SharedCache value) {
        return new BuildSettings(projectRoot, sourceDirectory, outputDirectory, baseUrl, locale, outputTimestamp, write, pdf, value);
    }
}
