package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.impactsite.problem.Problem;
import org.impactsite.published.ReAdded;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose figures tempt a careless total: donations in two currencies under one id,
 * people in one case study and households in another, a part and its whole, a context figure,
 * mixed qualifiers, a series, and (in variants) a rate and declared exchange rates.
 */
class HeadlineTotalsTest {

    @TempDir
    Path dir;

    private static List<String> lines(BuildResult r) {
        return r.problems().all().stream().map(Problem::headline).toList();
    }

    private static Element headline(Document home, String id) {
        Element h = home.getElementById(id);
        assertThat(h).as("headline " + id + " among " + home.select(".headline").eachAttr("id")).isNotNull();
        return h;
    }

    private static String figure(Element headline) {
        return headline.selectFirst(".headline-figure").text();
    }

    private Path project() throws IOException {
        return ImpactBuildTest.copyFixture("totals", dir.resolve("p"));
    }

    @Test
    void unlikeFiguresAreWarnedAtTheirLinesAndNeverAdded() throws IOException {
        Path project = project();
        BuildResult r = ImpactBuildTest.build(project, true);
        assertThat(r.problems().errors()).isEmpty();
        assertThat(lines(r)).contains(
                "src/impact/case-studies/spring-appeal.md:14:11: warning: the unit \"RMB\" looks like a currency: money is "
                        + "written as an ISO 4217 code, so that amounts in different currencies are never added as one",
                "src/impact/site.yaml:5:5: warning: highlights adds up \"donations\", whose figures carry different units, "
                        + "so the home page shows one total per unit: \"USD\" in gala; \"CNY\" in spring-appeal",
                "src/impact/site.yaml:9:5: warning: highlights adds up \"participants\", whose figures carry different "
                        + "units, so the home page shows one total per unit: \"households\" in earth-hour; \"people\" in marathon");
        assertThat(r.problems().all()).filteredOn(p -> p.message().contains("\"RMB\""))
                .singleElement().satisfies(p -> assertThat(p.hint()).isEqualTo("write unit: CNY"));

        Document home = ImpactBuildTest.page(project.resolve("target/impact-site"), "index.html");
        assertThat(figure(headline(home, "headline-donations-usd"))).isEqualTo("115,000,000");
        assertThat(figure(headline(home, "headline-donations-cny"))).isEqualTo("30,000,000");
        assertThat(home.text()).doesNotContain("145,000,000").doesNotContain("19,200,000");
        assertThat(headline(home, "headline-participants-people").selectFirst(".headline-label").text())
                .isEqualTo("People who took part");
        assertThat(figure(headline(home, "headline-participants-people"))).isEqualTo("about 17,000,000 people");
        assertThat(headline(home, "headline-participants-households").selectFirst(".headline-label").text())
                .as("a neutral label from the unit").isEqualTo("households");
        assertThat(home.select(".headline-label").eachText()).as("never one case study's own label")
                .doesNotContain("首年捐款 Donations in the first year", "Households and businesses in the first Sydney event",
                        "Views of all festival films");

        Element views = headline(home, "headline-views-views");
        assertThat(figure(views)).as("5,000,000 + more than 2,000,000 + 150,000 (the series' last point); "
                + "the clip is counted in the festival, the platform's views are context").isEqualTo("at least 7,150,000 views");
        assertThat(views.selectFirst(".headline-count").text()).isEqualTo("across 3 case studies");
        Element parts = views.selectFirst("details.headline-parts");
        assertThat(parts.select("ul.parts:not(.parts-left-out) > li:not(.parts-total)").eachText()).containsExactly(
                "Film festival: 5,000,000 views, 2022; Source: Festival report",
                "City marathon: more than 2,000,000 views, 2023; Source: City statistics",
                "Radio drama: 150,000 views, June 2021; Source: Station figures");
        assertThat(parts.select(".parts-left-out li").eachText()).containsExactly(
                "Lights off for an hour: more than 400,000,000,000 views (context, not a result of the campaign)",
                "The festival's opening clip: 1,000,000 views (already counted in Film festival)");
        assertThat(parts.select(".parts-left-out a[href=case-studies/festival/index.html]")).hasSize(1);
    }

    @Test
    void thePublishedDataReAddsToEveryTotalShown() throws IOException {
        Path project = project();
        ImpactBuildTest.build(project, true);
        Path site = project.resolve("target/impact-site");
        List<ReAdded.Total> totals = ReAdded.assertEveryHeadlineReAdds(site);
        assertThat(totals).extracting(ReAdded.Total::id).containsExactly("donations USD", "donations CNY",
                "participants people", "participants households", "views views", "reach listeners");
        Map<String, BigDecimal[]> csv = ReAdded.fromCsv(site);
        assertThat(csv.get("views views")[0]).isEqualByComparingTo("7150000");
    }

    @Test
    void currenciesAreConvertedOnlyWithDeclaredRatesAndTheTotalNamesThem() throws IOException {
        Path project = project();
        Path siteYaml = project.resolve("src/impact/site.yaml");
        Files.writeString(siteYaml, "title: Converted\nhighlights:\n  - metric: donations\n    label: Donations raised\n"
                + "    unit: USD\ncurrencies:\n  base: USD\n  rates: {CNY: 0.138}\n  source: Central bank reference rates\n"
                + "  date: 2024-12-31\n", StandardCharsets.UTF_8);
        BuildResult r = ImpactBuildTest.build(project, true);
        assertThat(lines(r)).noneMatch(l -> l.contains("different units"));
        Document home = ImpactBuildTest.page(project.resolve("target/impact-site"), "index.html");
        Element h = headline(home, "headline-donations-usd");
        assertThat(figure(h)).as("115,000,000 + 30,000,000 x 0.138").isEqualTo("119,140,000 USD");
        assertThat(h.selectFirst(".headline-note").text())
                .isEqualTo("Converted into USD at rates from Central bank reference rates, 31 December 2024.");
        assertThat(h.select(".parts li").eachText()).contains(
                "Spring appeal: 4,140,000 USD (converted from 30,000,000 CNY at 0.138), 2024; Source: Appeal results");
        List<ReAdded.Total> totals = ReAdded.fromJson(project.resolve("target/impact-site"));
        assertThat(totals).singleElement().satisfies(t -> assertThat(t.reAdded()).isEqualByComparingTo("119140000"));
    }

    @Test
    void aShareOrRateIsNeverAHeadlineTotal() throws IOException {
        Path project = project();
        Files.writeString(project.resolve("src/impact/case-studies/survey.md"), "---\ntitle: Survey\nmetrics:\n"
                + "  - id: awareness\n    label: Share of respondents aware of the law\n    value: 38\n    unit: \"%\"\n---\n",
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("src/impact/site.yaml"), "title: Rates\nhighlights:\n  - views\n  - awareness\n",
                StandardCharsets.UTF_8);
        BuildResult r = ImpactBuildTest.build(project, true);
        assertThat(r.written()).isFalse();
        assertThat(r.problems().errors()).singleElement().satisfies(p -> {
            assertThat(p.headline()).isEqualTo("src/impact/site.yaml:4:5: error: highlights adds up \"awareness\", but \"%\" "
                    + "is a share, rate, average or rank (survey), and figures of that kind cannot be added");
            assertThat(p.hint()).startsWith("remove it from highlights");
        });
    }

    @Test
    void aPartOfAnUnknownItselfOrACircleIsALocatedError() throws IOException {
        Path project = project();
        Path cs = project.resolve("src/impact/case-studies");
        Files.writeString(cs.resolve("festival-clip.md"), Files.readString(cs.resolve("festival-clip.md"))
                .replace("partOf: festival", "partOf: festivall"));
        Files.writeString(cs.resolve("radio.md"), Files.readString(cs.resolve("radio.md"))
                .replace("title: Radio drama", "title: Radio drama\npartOf: radio"));
        Files.writeString(cs.resolve("gala.md"), Files.readString(cs.resolve("gala.md"))
                .replace("title: Charity gala", "title: Charity gala\npartOf: marathon"));
        Files.writeString(cs.resolve("marathon.md"), Files.readString(cs.resolve("marathon.md"))
                .replace("title: City marathon", "title: City marathon\npartOf: gala"));
        BuildResult r = ImpactBuildTest.build(project, true);
        assertThat(r.problems().errors()).extracting(Problem::headline).containsExactlyInAnyOrder(
                "src/impact/case-studies/festival-clip.md:3:9: error: partOf names \"festivall\", but no case study has that slug",
                "src/impact/case-studies/radio.md:3:9: error: partOf names this case study itself (\"radio\")",
                "src/impact/case-studies/gala.md:3:9: error: partOf goes round in a circle: gala is part of marathon is part of gala",
                "src/impact/case-studies/marathon.md:3:9: error: partOf goes round in a circle: marathon is part of gala is part of marathon");
        assertThat(r.problems().errors()).filteredOn(p -> p.message().contains("festivall"))
                .singleElement().satisfies(p -> assertThat(p.hint()).isEqualTo("did you mean `festival`?"));
    }

    @Test
    void aPartLinksToItsWholeTheWholeListsItsPartsAndContextStandsApart() throws IOException {
        Path project = project();
        ImpactBuildTest.build(project, true);
        Path site = project.resolve("target/impact-site");
        Document clip = ImpactBuildTest.page(site, "case-studies/festival-clip/index.html");
        assertThat(clip.selectFirst(".part-of").text()).isEqualTo("Part of Film festival");
        assertThat(clip.select(".part-of a[href=../festival/index.html]")).hasSize(1);
        Document festival = ImpactBuildTest.page(site, "case-studies/festival/index.html");
        assertThat(festival.select("#parts + p + ul a[href=../festival-clip/index.html]").text())
                .isEqualTo("The festival's opening clip");
        Document earth = ImpactBuildTest.page(site, "case-studies/earth-hour/index.html");
        assertThat(earth.select("section[aria-labelledby=key-numbers] .tile-figure").eachText())
                .containsExactly("2.2 million households");
        assertThat(earth.select("section.context .tile-figure").eachText())
                .containsExactly("more than 400 billion views");
        assertThat(earth.select("section.context").first().elementSiblingIndex())
                .as("context after the results").isGreaterThan(earth.select("section[aria-labelledby=key-numbers]").first()
                        .elementSiblingIndex());
    }

    @Test
    void aBeforeAndAfterOfFiguresNotExactKeepsTheirQualifiersAndClaimsNoTenthOfAPercent() throws IOException {
        Path project = project();
        ImpactBuildTest.build(project, true);
        Document marathon = ImpactBuildTest.page(project.resolve("target/impact-site"),
                "case-studies/marathon/index.html");
        assertThat(marathon.select("#metric-volunteers .tile-change").text())
                .isEqualTo("From about 1,000 to more than 30,000 about 30 times");
        Element chart = marathon.select("figure.chart").stream()
                .filter(f -> f.text().contains("Volunteers along the route")).findFirst().orElseThrow();
        assertThat(chart.selectFirst(".chart-wide svg desc").text())
                .isEqualTo("Volunteers along the route rose from about 1,000 to more than 30,000 (about 30 times).");
        assertThat(chart.select("td").eachText()).contains("about 1,000", "more than 30,000", "about 30 times")
                .noneMatch(t -> t.contains("%"));
    }
}
