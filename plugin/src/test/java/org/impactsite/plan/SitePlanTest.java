package org.impactsite.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;
import org.impactsite.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan of the site is what the build makes: every page and every file of its own, nothing else. */
class SitePlanTest {

    @TempDir
    Path dir;

    private ImpactBuild.Built built(Path project) throws IOException {
        ImpactBuild.Built built = new ImpactBuild(BuildSettings.of(project, false)).build();
        assertThat(built.result().problems().errors()).isEmpty();
        return built;
    }

    private static Set<String> made(ImpactBuild.Built built) {
        return built.files().stream().filter(f -> f.source() == null).map(SiteFile::path).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theBuildMakesExactlyThePlannedFilesWithAndWithoutABaseAddress() throws IOException {
        Path project = TestFiles.copyTree(Path.of("src/test/resources/build/portfolio"), dir.resolve("p"));
        ImpactBuild.Built built = built(project);
        SitePlan plan = built.plan();
        System.out.println(plan);
        assertThat(made(built)).isEqualTo(plan.paths());
        assertThat(plan.pages()).extracting(SitePlan.Page::path).containsExactlyInAnyOrderElementsOf(
                made(built).stream().filter(p -> p.endsWith(".html")).toList());
        assertThat(plan.toString()).contains("page     case-studies/water-points/index.html  (case-study.ftlh)",
                "data     case-studies/water-points/data.json", "picture  card.png", "feed     feed.xml");
        // the copies of the user's files never take a planned name
        assertThat(built.files().stream().filter(f -> f.source() != null).map(SiteFile::path)).noneMatch(plan::publishes);

        Path siteYaml = project.resolve("src/impact/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceAll("(?m)^baseUrl:.*\n", ""));
        ImpactBuild.Built bare = built(project);
        assertThat(made(bare)).isEqualTo(bare.plan().paths()).doesNotContain("feed.xml", "sitemap.xml", "card.png")
                .contains("robots.txt", "search-index.json");
    }
}
