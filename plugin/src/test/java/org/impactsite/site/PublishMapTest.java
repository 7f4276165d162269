package org.impactsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.impactsite.load.ProjectLoader;
import org.impactsite.load.ProjectPaths;
import org.impactsite.model.Project;
import org.impactsite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.impactsite.plan.SiteFile;

class PublishMapTest {

    private final Path root = Path.of("src/test/resources/build/portfolio").toAbsolutePath().normalize();
    private final Path src = root.resolve("src/impact");

    private PublishMap map() throws IOException {
        Problems problems = new Problems();
        Project project = new ProjectLoader(new ProjectPaths(root, src)).load(problems);
        assertThat(problems.all()).isEmpty();
        return new PublishMap(src, project);
    }

    @Test
    void markdownFilesBecomeTheirPages() throws IOException {
        PublishMap map = map();
        assertThat(map.publishedPath(src.resolve("case-studies/school-taps.md"))).contains("case-studies/school-taps/index.html");
        assertThat(map.publishedPath(src.resolve("case-studies/water-points/index.md"))).contains("case-studies/water-points/index.html");
        assertThat(map.publishedPath(src.resolve("pages/how-we-count.md"))).contains("how-we-count/index.html");
    }

    @Test
    void assetsKeepTheirPathAndBundleFilesGoBesideTheirPage() throws IOException {
        PublishMap map = map();
        assertThat(map.publishedPath(src.resolve("assets/drop.svg"))).contains("assets/drop.svg");
        assertThat(map.publishedPath(src.resolve("case-studies/water-points/pump.svg"))).contains("case-studies/water-points/pump.svg");
        assertThat(map.publishedPath(src.resolve("case-studies/water-points/followers.csv"))).contains("case-studies/water-points/followers.csv");
    }

    @Test
    void otherFilesAreNotPublished() throws IOException {
        PublishMap map = map();
        assertThat(map.publishedPath(src.resolve("site.yaml"))).isEmpty();
        assertThat(map.publishedPath(src.resolve("templates/home.ftlh"))).isEmpty();
        assertThat(Files.exists(src.resolve("site.yaml"))).isTrue();
    }

    @Test
    void copiesAreCollectedInOrder() throws IOException {
        Problems problems = new Problems();
        ProjectPaths paths = new ProjectPaths(root, src);
        Project project = new ProjectLoader(paths).load(problems);
        assertThat(new SourceCopies(paths, new PublishMap(src, project)).collect(project, problems))
                .extracting(SiteFile::path)
                .containsExactly("assets/drop.svg", "case-studies/water-points/followers.csv", "case-studies/water-points/pump.svg");
    }
}
