package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths in a project cannot make the build read or write outside it. The files outside are
 * named pipes: opening one for reading blocks until someone writes, so a build that finishes
 * proves it never opened them.
 */
class ContainmentTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve("outside").resolve(name);
        Files.createDirectories(p.getParent());
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        return p;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void everyWayOutIsALocatedErrorAndNothingOutsideIsOpenedOrWritten() throws Exception {
        Path secretCsv = fifo("secret.csv");
        fifo("secret.png");
        Path secretSvg = fifo("logo.svg");
        Path secretTemplate = fifo("layout.ftlh");
        Path project = dir.resolve("project");
        Path src = project.resolve("src/impact");
        write(src.resolve("site.yaml"), "title: T\nlogo: ../../../outside/logo.svg\n");
        write(src.resolve("case-studies/climb.md"), String.join("\n",
                "---",
                "title: Climb",
                "metrics:",
                "  - id: a",
                "    label: A",
                "    series: ../../../outside/secret.csv",
                "  - id: b",
                "    label: B",
                "    series: /etc/passwd.csv",
                "---",
                "![secret](../../../outside/secret.png)",
                "",
                "[passwd](/etc/passwd) and [home](~/.ssh/id_rsa)",
                ""));
        write(src.resolve("case-studies/bundle/index.md"), "---\ntitle: Bundle\nmetrics:\n"
                + "  - {id: a, label: A, series: data.csv}\n---\n");
        Files.createSymbolicLink(src.resolve("case-studies/bundle/data.csv"), secretCsv);
        Files.createDirectories(src.resolve("assets"));
        Files.createSymbolicLink(src.resolve("assets/logo.svg"), secretSvg);
        Files.createDirectories(src.resolve("templates"));
        Files.createSymbolicLink(src.resolve("templates/layout.ftlh"), secretTemplate);
        List<String> outsideBefore = listing(dir.resolve("outside"));

        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ImpactBuildTest.build(project, true), "the build opened a file outside the project");

        assertThat(result.written()).isFalse();
        assertThat(project.resolve("target")).doesNotExist();
        assertThat(listing(dir.resolve("outside"))).isEqualTo(outsideBefore);
        assertThat(listing(dir)).containsOnly("outside", "project");
        assertThat(result.problems().errors()).extracting(p -> p.location().toString()).containsExactly(
                "src/impact/assets/logo.svg:1:1",
                "src/impact/case-studies/bundle/data.csv:1:1",
                "src/impact/case-studies/bundle/index.md:4:31",
                "src/impact/case-studies/climb.md:6:13",
                "src/impact/case-studies/climb.md:9:13",
                "src/impact/case-studies/climb.md:11:1",
                "src/impact/case-studies/climb.md:13:1",
                "src/impact/case-studies/climb.md:13:27",
                "src/impact/site.yaml:2:7",
                "src/impact/templates/layout.ftlh:1:1");
        assertThat(result.problems().errors()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
    }

    @Test
    void aTemplateCannotIncludeAFileOutsideItsFolder() throws Exception {
        fifo("secret.ftlh");
        Path project = dir.resolve("project");
        Path src = project.resolve("src/impact");
        write(src.resolve("site.yaml"), "title: T\n");
        write(src.resolve("templates/home.ftlh"), "<#include \"../../../../outside/secret.ftlh\">\n");
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ImpactBuildTest.build(project, true), "the build opened a file outside the project");
        assertThat(result.written()).isFalse();
        assertThat(result.problems().errors()).isNotEmpty();
        assertThat(result.problems().errors().get(0).location().path()).startsWith("src/impact/templates/home.ftlh");
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root, 1)) {
            return walk.filter(p -> !p.equals(root)).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

}
