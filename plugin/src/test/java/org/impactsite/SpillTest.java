package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.impactsite.plan.SiteFile;
import org.impactsite.plan.Spill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A written report's pages, pictures and data go to disk as they are made (not all held in
 * memory) and are moved into the report only when the build succeeded.
 */
class SpillTest {

    @TempDir
    Path dir;

    static BuildSettings settings(Path project, boolean write) {
        return BuildSettings.of(project, write);
    }

    @Test
    void theWrittenReportIsTheBuiltReportByteForByte() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        ImpactBuild.Built inMemory = new ImpactBuild(settings(project, false)).build();
        Map<String, byte[]> expected = new TreeMap<>();
        for (SiteFile f : inMemory.files()) {
            expected.put(f.path(), f.content() != null ? f.content() : Files.readAllBytes(f.source()));
        }
        assertThat(expected).containsKey("case-studies/water-points/card.png");

        BuildResult written = new ImpactBuild(settings(project, true)).run();

        assertThat(written.written()).isTrue();
        Map<String, byte[]> actual = ImpactBuildTest.snapshot(project.resolve("target/impact-site"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        try (var left = Files.list(project.resolve("target"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("impact-site", ".impact-site.record",
                    ".impact-site.pictures", ".impact-site.charts"); // no story of this fixture stands alone: none kept
        }
    }

    @Test
    void aBuildThatFailsAfterItsPagesWereMadeLeavesNothingBehind() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path templates = Files.createDirectories(project.resolve("src/impact/templates"));
        // a template with a broken link: found only once every page has been made
        Files.writeString(templates.resolve("404.ftlh"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
                <body><main><a href="nowhere.html">nowhere</a></main></body></html>
                """, StandardCharsets.UTF_8);

        BuildResult failed = new ImpactBuild(settings(project, true)).run();

        assertThat(failed.problems().errors()).anyMatch(p -> p.message().contains("broken link"));
        assertThat(failed.written()).isFalse();
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aFailedBuildAfterAGoodOneKeepsTheReportAndCleansUp() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        assertThat(new ImpactBuild(settings(project, true)).run().written()).isTrue();
        Path site = project.resolve("target/impact-site");
        Map<String, byte[]> before = ImpactBuildTest.snapshot(site);
        Files.writeString(Files.createDirectories(project.resolve("src/impact/templates")).resolve("404.ftlh"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><a href=\"gone.html\">x</a></body></html>\n",
                StandardCharsets.UTF_8);

        assertThat(new ImpactBuild(settings(project, true)).run().problems().hasErrors()).isTrue();

        assertThat(ImpactBuildTest.snapshot(site)).containsExactlyEntriesOf(before);
        assertThat(project.resolve("target/.impact-site.spill")).doesNotExist();
        assertThat(project.resolve("target/.impact-site.staging")).doesNotExist();
    }

    @Test
    void aSpilledFileIsOnDiskNotInMemoryUntilTheSpillIsClosed() throws IOException {
        Path output = dir.resolve("project/target/impact-site");
        SiteFile page = SiteFile.of("a/index.html", "<p>a</p>");
        SiteFile kept;
        try (Spill spill = Spill.beside(output)) {
            kept = spill.keep(page);
            assertThat(kept.content()).isNull();
            assertThat(kept.path()).isEqualTo("a/index.html");
            assertThat(kept.source()).startsWith(dir.resolve("project/target/.impact-site.spill")).exists();
            assertThat(spill.holds(kept)).isTrue();
            assertThat(spill.bytes(kept)).isEqualTo(page.content());
            assertThat(Spill.none().keep(page)).isSameAs(page);
        }
        assertThat(kept.source()).doesNotExist();
        assertThat(dir.resolve("project")).doesNotExist();
    }

    @Test
    void aBuildAfterEditsRedoesOnlyWhatChangedAndEqualsACleanBuild() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path siteYaml = project.resolve("src/impact/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^title: .*$", "title: Clean water results"), StandardCharsets.UTF_8);
        // a story that names no file stands alone and is kept (the fixture's other stories link to files)
        Path tour = project.resolve("src/impact/case-studies/listening-tour.md");
        Files.writeString(tour, Files.readString(tour, StandardCharsets.UTF_8)
                .replace(" See the ![logo](../assets/drop.svg).", " Notes are [online](https://example.org/notes)."),
                StandardCharsets.UTF_8);
        Path kept = project.resolve("target/.impact-site.pictures");
        Path stories = project.resolve("target/.impact-site.stories");
        assertThat(new ImpactBuild(settings(project, true)).run().written()).isTrue();
        java.util.Set<String> first = names(kept);
        assertThat(first).isNotEmpty();
        assertThat(names(stories)).hasSize(1);
        String tourStory = names(stories).iterator().next();

        Path school = project.resolve("src/impact/case-studies/school-taps.md");
        Files.writeString(school, Files.readString(school, StandardCharsets.UTF_8)
                .replace("title: Taps in schools", "title: Taps in 200 schools"), StandardCharsets.UTF_8);
        Files.writeString(tour, Files.readString(tour, StandardCharsets.UTF_8) + "\nWe go back next year.\n",
                StandardCharsets.UTF_8);
        assertThat(new ImpactBuild(settings(project, true)).run().written()).isTrue();
        java.util.Set<String> second = names(kept);
        Map<String, byte[]> incremental = ImpactBuildTest.snapshot(project.resolve("target/impact-site"));

        assertThat(second).hasSameSizeAs(first);
        assertThat(second.stream().filter(first::contains)).hasSize(first.size() - 1);
        assertThat(names(stories)).hasSize(1).doesNotContain(tourStory);
        assertThat(new String(incremental.get("case-studies/listening-tour/index.html"), StandardCharsets.UTF_8))
                .contains("We go back next year.");
        java.util.Set<String> charts = names(project.resolve("target/.impact-site.charts"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(3);
        try (var all = Files.walk(project.resolve("target"))) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(new ImpactBuild(settings(project, true)).run().written()).isTrue();
        assertThat(ImpactBuildTest.snapshot(project.resolve("target/impact-site"))).containsExactlyEntriesOf(incremental);
    }

    static java.util.Set<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void theLeftoversOfAnInterruptedBuildAreRemoved() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path leftover = Files.createDirectories(project.resolve("target/.impact-site.spill"));
        Files.writeString(leftover.resolve("17"), "half a page", StandardCharsets.UTF_8);

        assertThat(new ImpactBuild(settings(project, true)).run().written()).isTrue();

        assertThat(leftover).doesNotExist();
        assertThat(project.resolve("target/impact-site/17")).doesNotExist();
    }
}
