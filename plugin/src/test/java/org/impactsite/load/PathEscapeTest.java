package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths written by users cannot make the build read outside the source folder. */
class PathEscapeTest {

    private static final String CS = "src/impact/case-studies/unicef/index.md";

    @TempDir
    Path root;

    private Fixtures.Loaded withSeries(String ref) throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Fixtures.write(root, CS, "---\ntitle: U\nsources: [{id: s, title: S}]\nmetrics:\n"
                + "  - id: m\n    label: M\n    source: s\n    series: " + ref + "\n---\n");
        return Fixtures.load(root);
    }

    @Test
    void aWindowsDriveIsAnAbsolutePathWhateverItsCase() {
        ProjectPaths paths = new ProjectPaths(root, root.resolve("src/impact"));
        for (String ref : new String[] {"C:/data.csv", "c:data.csv", "Z:\\x.csv"}) {
            assertThat(paths.resolve(root.resolve("src/impact"), ref).reason()).as(ref).endsWith("is an absolute path; write it relative to the file");
        }
        for (String ref : new String[] {"1:x.csv", "\u0130:x.csv", "ab:x.csv"}) {
            assertThat(paths.resolve(root.resolve("src/impact"), ref).reason()).as(ref).doesNotContain("absolute path");
        }
    }

    @Test
    void climbingOutWithDotDotIsRefusedAtTheSeriesValue() throws Exception {
        assertThat(withSeries("../../../../etc/passwd").headlines()).containsExactly(CS + ":8:13: error: "
                + "metrics[1].series: \"../../../../etc/passwd\" leads outside the report's source folder src/impact");
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        assertThat(withSeries("/etc/passwd.csv").headlines()).containsExactly(CS + ":8:13: error: "
                + "metrics[1].series: \"/etc/passwd.csv\" is an absolute path; write it relative to the file");
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefused() throws Exception {
        Path outside = Fixtures.write(root, "outside/secret.csv", "date,value\n2020,1\n");
        Files.createDirectories(root.resolve("src/impact/case-studies/unicef"));
        Files.createSymbolicLink(root.resolve("src/impact/case-studies/unicef/data.csv"), outside);
        assertThat(withSeries("data.csv").headlines()).containsExactly(CS + ":8:13: error: "
                + "metrics[1].series: \"data.csv\" is a link to a place outside the report's source folder");
    }

    @Test
    void aMissingFileIsAnError() throws Exception {
        Fixtures.Loaded loaded = withSeries("followers.csv");
        assertThat(loaded.headlines()).containsExactly(CS + ":8:13: error: metrics[1].series: no file "
                + "\"followers.csv\" (looked for src/impact/case-studies/unicef/followers.csv)");
        assertThat(loaded.problems().all().get(0).hint()).contains("beside");
    }

    @Test
    void somethingThatIsNotACsvFileNameIsExplained() throws Exception {
        assertThat(withSeries("1500").headlines()).containsExactly(CS + ":8:13: error: "
                + "metrics[1].series must be a list of points or the name of a .csv file, got \"1500\"");
    }

    @Test
    void aCsvBesideTheCaseStudyIsRead() throws Exception {
        Fixtures.write(root, "src/impact/case-studies/unicef/followers.csv", "date,value\n2020,1\n");
        Fixtures.Loaded loaded = withSeries("followers.csv");
        assertThat(loaded.headlines()).isEmpty();
        assertThat(loaded.project().caseStudies().get(0).metrics().get(0).series()).hasSize(1);
    }

    @Test
    void theLogoMustBeInsideTheSourceFolder() throws Exception {
        Fixtures.write(root, "secret.svg", "<svg/>");
        Fixtures.write(root, "src/impact/site.yaml", "title: T\nlogo: ../../secret.svg\n");
        assertThat(Fixtures.load(root).headlines()).contains("src/impact/site.yaml:2:7: error: "
                + "logo: \"../../secret.svg\" leads outside the report's source folder src/impact");
    }

    @Test
    void aMissingLogoIsAnError() throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\nlogo: assets/logo.svg\n");
        assertThat(Fixtures.load(root).headlines()).contains("src/impact/site.yaml:2:7: error: "
                + "logo: no file \"assets/logo.svg\" (looked for src/impact/assets/logo.svg)");
    }

    @Test
    void aCaseStudyThatIsALinkToOutsideIsRefused() throws Exception {
        Path outside = Fixtures.write(root, "elsewhere/evil.md", "---\ntitle: Evil\n---\n");
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Files.createDirectories(root.resolve("src/impact/case-studies"));
        Files.createSymbolicLink(root.resolve("src/impact/case-studies/evil.md"), outside);
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).contains("src/impact/case-studies/evil.md:1:1: error: "
                + "\"evil.md\" is a link to a place outside the report's source folder");
        assertThat(loaded.project().caseStudies()).isEmpty();
    }

    @Test
    void aCaseStudiesFolderThatIsALinkToOutsideIsRefused() throws Exception {
        Fixtures.write(root, "elsewhere/a.md", "---\ntitle: A\n---\n");
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Files.createSymbolicLink(root.resolve("src/impact/case-studies"), root.resolve("elsewhere"));
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).contains("src/impact/case-studies:1:1: error: "
                + "\"case-studies\" is a link to a place outside the report's source folder");
        assertThat(loaded.project().caseStudies()).isEmpty();
    }

    @Test
    void siteYamlThatIsALinkToOutsideIsRefused() throws Exception {
        Path outside = Fixtures.write(root, "elsewhere/site.yaml", "title: Stolen\n");
        Files.createDirectories(root.resolve("src/impact"));
        Files.createSymbolicLink(root.resolve("src/impact/site.yaml"), outside);
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).contains("src/impact/site.yaml:1:1: error: "
                + "\"site.yaml\" is a link to a place outside the report's source folder");
        assertThat(loaded.project().site().title()).isEqualTo("Impact report");
    }
}
