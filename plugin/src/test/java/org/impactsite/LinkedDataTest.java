package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.erosb.jsonsKema.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** schema.org JSON-LD in the head of the home page and of each case study: valid JSON naming every download. */
class LinkedDataTest {

    @TempDir
    Path dir;

    private static Map<?, ?> jsonLd(Path page) throws Exception {
        Document d = Jsoup.parse(Files.readString(page));
        String json = d.select("head script[type=application/ld+json]").first().data();
        new JsonParser(json).parse(); // strict JSON, or this throws
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(json);
    }

    @Test
    void theHomePageAndEachCaseStudyNameTheirDownloadsAsDatasets() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path siteYaml = project.resolve("src/impact/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + IatiActivitiesTest.IATI);
        assertThat(new ImpactBuild(BuildSettings.of(project, true)).run().problems().errors()).isEmpty();
        Path site = project.resolve("target/impact-site");
        String base = "https://water.example.org/report/";

        Map<?, ?> home = jsonLd(site.resolve("index.html"));
        assertThat(home.get("@context")).isEqualTo("https://schema.org");
        assertThat(home.get("@type")).isEqualTo("Dataset");
        assertThat(home.get("name")).isEqualTo("清洁水项目 Clean water: results 2019–2023");
        List<?> downloads = (List<?>) home.get("distribution");
        assertThat(downloads).extracting(d -> (Object) ((Map<?, ?>) d).get("contentUrl")).containsExactly(
                base + "report.pdf", base + "data/portfolio.csv", base + "data/portfolio.json", base + "data/iati-activities.xml");
        for (Object d : downloads) {
            String url = (String) ((Map<?, ?>) d).get("contentUrl");
            assertThat(site.resolve(url.substring(base.length()))).as(url).isRegularFile();
        }
        assertThat((List<?>) home.get("hasPart")).hasSize(3);

        Map<?, ?> cs = jsonLd(site.resolve("case-studies/water-points/index.html"));
        List<?> graph = (List<?>) cs.get("@graph");
        assertThat(graph).extracting(g -> (Object) ((Map<?, ?>) g).get("@type")).containsExactly("Article", "Dataset");
        Map<?, ?> dataset = (Map<?, ?>) graph.get(1);
        assertThat((List<?>) dataset.get("distribution")).extracting(d -> (Object) ((Map<?, ?>) d).get("contentUrl")).containsExactly(
                base + "case-studies/water-points/water-points.pdf", base + "case-studies/water-points/data.csv",
                base + "case-studies/water-points/data.json");
        // text that could end the script element is escaped
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("</script><");
    }
}
