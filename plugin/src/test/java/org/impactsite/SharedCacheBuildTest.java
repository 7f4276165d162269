package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.impactsite.reuse.SharedCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts, stories and pictures kept in the machine's cache outlive the report's folder: a build
 * after {@code mvn clean}, or of another report with the same case studies, takes them from there.
 */
class SharedCacheBuildTest {

    @TempDir
    Path dir;

    private static final String PICTURE = "case-studies/water-points/card.png";

    private static BuildSettings settings(Path project, Path cache) {
        return BuildSettings.of(project, true).withCache(new SharedCache(cache, SharedCache.DEFAULT_BYTES));
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aBuildAfterCleanTakesChartsAndPicturesFromTheCacheAndWritesTheSameReport() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path cache = dir.resolve("home/.cache/impact-site");
        BuildResult first = new ImpactBuild(settings(project, cache)).run();
        assertThat(first.written()).isTrue();
        Map<String, byte[]> report = ImpactBuildTest.snapshot(project.resolve("target/impact-site"));
        assertThat(files(cache.resolve("charts"))).isNotEmpty();
        assertThat(files(cache.resolve("pictures"))).isNotEmpty();
        try (Stream<Path> target = Files.list(project.resolve("target"))) {
            assertThat(target.map(p -> p.getFileName().toString())).doesNotContain(".impact-site.charts", ".impact-site.pictures");
        }

        List<Path> kept = files(cache);
        // kept half an hour ago: a file drawn again would be newer, a file used is not touched again so soon
        FileTime earlier = FileTime.fromMillis(System.currentTimeMillis() - 30 * 60 * 1000L);
        for (Path f : kept) {
            Files.setLastModifiedTime(f, earlier);
        }
        TestFiles.deleteTree(project.resolve("target")); // mvn clean
        BuildResult again = new ImpactBuild(settings(project, cache)).run();

        assertThat(again.written()).isTrue();
        assertThat(again.problems().all()).isEqualTo(first.problems().all());
        Map<String, byte[]> rebuilt = ImpactBuildTest.snapshot(project.resolve("target/impact-site"));
        assertThat(rebuilt.keySet()).isEqualTo(report.keySet());
        report.forEach((path, bytes) -> assertThat(rebuilt.get(path)).as(path).isEqualTo(bytes));
        assertThat(files(cache)).as("nothing new was kept").isEqualTo(kept);
        for (Path f : kept) {
            assertThat(Files.getLastModifiedTime(f)).as("%s taken, not drawn again", f.getFileName()).isEqualTo(earlier);
        }
    }

    @Test
    void anotherReportWithTheSameCaseStudyUsesTheSamePictureAndLeavesTheFirstReportsWork() throws IOException {
        Path cache = dir.resolve("cache");
        Path first = ImpactBuildTest.copyFixture("portfolio", dir.resolve("first"));
        assertThat(new ImpactBuild(settings(first, cache)).run().written()).isTrue();
        byte[] drawn = Files.readAllBytes(first.resolve("target/impact-site/" + PICTURE));
        Path kept = files(cache.resolve("pictures")).stream()
                .filter(p -> sameBytes(p, drawn)).findFirst().orElseThrow();
        List<Path> before = files(cache);
        // a marker in place of the kept picture shows whether the next report takes it from the cache
        byte[] marker = "the kept picture".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(kept, marker);

        Path second = ImpactBuildTest.copyFixture("portfolio", dir.resolve("second"));
        Path retitled = second.resolve("src/impact/case-studies/listening-tour.md");
        Files.writeString(retitled, Files.readString(retitled).replace("title: A listening tour,", "title: A second listening tour,"));
        assertThat(new ImpactBuild(settings(second, cache)).run().written()).isTrue();

        assertThat(second.resolve("target/impact-site/" + PICTURE)).hasBinaryContent(marker);
        assertThat(files(cache)).as("the first report's other work is still kept").containsAll(before);
    }

    @Test
    void aCacheInsideTheReportsFolderIsRefused() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        BuildResult r = new ImpactBuild(settings(project, project.resolve("target/impact-site/cache"))).run();

        assertThat(r.written()).isFalse();
        assertThat(r.problems().errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("the cache folder target/impact-site/cache overlaps the report's folder");
            assertThat(p.hint()).contains("-Dimpact.cache=off");
        });
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
