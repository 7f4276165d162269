package org.impactsite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.impactsite.portfolio.Portfolio;
import org.impactsite.plan.SitePlan;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.TestProjects;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PublicationsTest {

    static final String EVIL = "</script><script>alert(1)</script>\"'&<!-- ]]> \u2028";

    static Project withBase(Project p, String baseUrl) {
        SiteConfig s = p.site();
        return new Project(new SiteConfig(s.title(), s.organization(), baseUrl, s.language(), s.intro(), s.logo(),
                s.highlights(), s.funders(), s.accent(), s.currencies()), p.caseStudies(), p.pages());
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d, String tag) {
        NodeList nodes = d.getElementsByTagNameNS("*", tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    @Test
    void jsonNumbersAreExactAndStringsCannotCloseAScriptOrBreakALine() {
        assertThat(Json.number(new BigDecimal("1E+6"))).isEqualTo("1000000");
        assertThat(Json.number(new BigDecimal("2.70"))).isEqualTo("2.7");
        assertThat(Json.number(new BigDecimal("-0.05"))).isEqualTo("-0.05");
        String json = Json.write(Json.obj().put("t", EVIL + "\u0001\t\\").put("n", new BigDecimal("350001497")));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u0001")
                .contains("\\u003c/script\\u003e", "\\u2028", "\\u0001", "\\t", "\\\\", "\\\"")
                .contains("\"n\": 350001497");
    }

    @Test
    void csvQuotesCellsAndDisarmsFormulasButKeepsNumbers() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(Csv.cell("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        String text = new Csv(List.of("a", "b")).row(List.of("1", "x")).text();
        assertThat(text).isEqualTo("\uFEFFa,b\r\n1,x\r\n");
    }

    @Test
    void openDataHasEveryFigureWithMachineValues() {
        Project p = withBase(TestProjects.rich(""), "https://impact.example.org/r/");
        String json = OpenData.caseStudyJson(p.caseStudies().get(0), p.site());
        assertThat(json).contains("\"value\": 1000000", "\"qualifier\": \"more than\"", "\"baseline\": 1500",
                "\"target\": 5000", "\"date\": \"2020-10\"", "\"start\": \"2018-09\"", "\"end\": \"2020-02\"",
                "\"page\": \"https://impact.example.org/r/case-studies/justice4her-pets/\"",
                "\"url\": \"https://example.org/power?a=1\\u0026b=2\"", "\"date\": \"2020-11-03\"", "\"sdgs\": [\n    5,");
        String csv = OpenData.portfolioCsv(p);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        // the public column names, as README documents them: a renamed column breaks every user's spreadsheet
        assertThat(lines.get(0)).isEqualTo("case_study,case_study_title,metric_id,label,value,qualifier,unit,level,channel,"
                + "date,baseline,target,source_id,source_title,source_url,headline,counted,from");
        assertThat(lines).anyMatch(l -> l.startsWith("justice4her-pets,") && l.contains(",views,") && l.contains(",1000000,more than,views,output,"));
        // a series is one row per point
        assertThat(lines).filteredOn(l -> l.contains(",weibo,Followers on Weibo,") && l.endsWith(",,,")).hasSize(2)
                .anyMatch(l -> l.contains(",350001497,") && l.contains(",2020-01,"));
        // then each headline total, and the latest point it adds
        assertThat(lines).filteredOn(l -> l.endsWith(",weibo,total,")).singleElement()
                .satisfies(l -> assertThat(l).startsWith(",,weibo,,350001497,"));
        assertThat(lines).filteredOn(l -> l.endsWith(",weibo,yes,")).singleElement()
                .satisfies(l -> assertThat(l).contains(",350001497,").contains(",2020-01,"));
        // every case study's rows are in the portfolio file
        int rows = p.caseStudies().stream().mapToInt(cs -> OpenData.caseStudyCsv(cs).split("\r\n").length - 1).sum();
        assertThat(lines.stream().filter(l -> l.endsWith(",,"))).hasSize(rows);
    }

    @Test
    void aValueWrittenOnceAndPlacedInALargerDocumentReadsAsIfWrittenThere() {
        Json.Obj inner = Json.obj().put("a", Json.list(List.of(1, 2))).put("b", Json.obj().put("c", EVIL))
                .put("d", Json.list(List.of())).put("e", Json.obj()).put("f", "x\ny");
        Object direct = Json.obj().put("top", Json.list(List.of(inner, "s", inner)));
        Object placed = Json.obj().put("top", Json.list(List.of(new Json.Written(Json.write(inner)), "s",
                new Json.Written(Json.write(inner)))));
        assertThat(Json.write(placed)).isEqualTo(Json.write(direct));
        assertThat(Json.write(new Json.Written(Json.write(inner)))).isEqualTo(Json.write(inner));

        Project p = withBase(TestProjects.rich(""), "https://impact.example.org/r/");
        Json.Obj whole = Json.obj().put("title", p.site().title()).put("organization", p.site().organization())
                .put("baseUrl", p.site().baseUrl()).put("language", p.site().language());
        String portfolio = OpenData.portfolioJson(p);
        for (CaseStudy cs : p.caseStudies()) {
            String one = OpenData.caseStudyJson(cs, p.site());
            assertThat(portfolio).contains(one.strip().replace("\n", "\n    "));
        }
        assertThat(portfolio).startsWith(Json.write(whole).substring(0, Json.write(whole).length() - 3));
    }

    @Test
    void sitemapListsEveryPageButTheNotFoundPageByFolderAddress() throws Exception {
        String text = Sitemap.of("https://x.example/r&d/", List.of("index.html", "404.html", "b/index.html",
                "case-studies/a/index.html", "theme/style.css", "case-studies/a/data.json"));
        Document d = xml(text);
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(texts(d, "loc")).containsExactly("https://x.example/r&d/b/", "https://x.example/r&d/case-studies/a/",
                "https://x.example/r&d/");
    }

    @Test
    void robotsNamesTheSitemapOnlyWhenThereIsOne() {
        assertThat(Robots.of("https://x.example/sitemap.xml")).contains("Sitemap: https://x.example/sitemap.xml\n");
        assertThat(Robots.of("")).doesNotContain("Sitemap");
    }

    @Test
    void feedHasOneEntryPerCaseStudyNewestFirstWithHostileTextAsText() throws Exception {
        Project rich = withBase(TestProjects.rich(EVIL), "https://impact.example.org/");
        List<CaseStudy> list = new ArrayList<>(rich.caseStudies());
        list.add(TestProjects.caseStudy("same-end-b", "B", null, new Period(PartialDate.ofYear(2019), PartialDate.ofMonth(2020, 2)),
                List.of(), List.of(), List.of(), List.of()));
        list.add(TestProjects.caseStudy("same-end-a", "A", null, Period.of(PartialDate.ofMonth(2020, 2)),
                List.of(), List.of(), List.of(), List.of()));
        Project p = new Project(rich.site(), list, List.of());
        String text = AtomFeed.of(p, null);
        assertThat(text).doesNotContain("<script", "<!-- ]]>");
        Document d = xml(text);
        Element feed = d.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(5);
        List<String> ids = texts(d, "id").subList(1, 6);
        // unicef-weibo ends 2020 (last day 2020-12-31); the three ending 2020-02 by slug; no period last
        assertThat(ids).containsExactly("https://impact.example.org/case-studies/unicef-weibo/",
                "https://impact.example.org/case-studies/justice4her-pets/",
                "https://impact.example.org/case-studies/same-end-a/",
                "https://impact.example.org/case-studies/same-end-b/",
                "https://impact.example.org/case-studies/listening-tour/");
        assertThat(texts(d, "title").get(1)).isEqualTo(rich.caseStudies().get(2).title().replace("\u2028", "\u2028"));
        assertThat(texts(d, "updated").get(0)).isEqualTo("2020-12-31T00:00:00Z");
        assertThat(texts(d, "updated").get(2)).isEqualTo("2020-02-29T00:00:00Z");
        assertThat(AtomFeed.of(p, Instant.parse("2024-01-31T12:00:00Z"))).contains("<updated>2024-01-31T12:00:00Z</updated>");
    }

    @Test
    void xmlLeavesOutCharactersXmlCannotHold() throws Exception {
        String escaped = Xml.escape("a\u0001b\uFFFEc\uD800d😀e&");
        assertThat(escaped).isEqualTo("abcd😀e&amp;");
        xml("<x>" + escaped + "</x>");
    }

    @Test
    void thePathsKnownBeforehandAreThoseMadeWithAndWithoutABaseUrl() {
        Project p = TestProjects.rich("");
        assertThat(SitePlan.of(Portfolio.of(p)).publications()).isEqualTo(Publications.fromProject(p, null).stream().map(SiteFile::path)
                .collect(Collectors.toSet()));
        Project withBase = withBase(p, "https://x.example/");
        java.util.Set<String> made = new java.util.HashSet<>(Publications.fromProject(withBase, null).stream()
                .map(SiteFile::path).toList());
        SocialCards cards = new SocialCards(java.util.Locale.ENGLISH, "#1d6fa5");
        withBase.caseStudies().forEach(cs -> made.add(cards.caseStudyCard(withBase.site(), cs, new Problems()).path()));
        made.add(cards.siteCard(withBase.site(), "site.yaml", new Problems()).path());
        assertThat(SitePlan.of(Portfolio.of(withBase)).publications()).isEqualTo(made).contains("feed.xml", "card.png");
    }

    @Test
    void withoutABaseUrlThereIsNoFeedNoSitemapAndRobotsStillAllowsAll() {
        Project p = TestProjects.rich("");
        Map<String, SiteFile> files = Publications.fromProject(p, null).stream()
                .collect(Collectors.toMap(SiteFile::path, f -> f));
        assertThat(files).containsKeys("data/portfolio.json", "data/portfolio.csv", "search-index.json",
                "case-studies/justice4her-pets/data.json", "case-studies/justice4her-pets/data.csv").doesNotContainKey("feed.xml");
        assertThat(Publications.fromSite(p.site(), List.of("index.html"))).extracting(SiteFile::path).containsExactly("robots.txt");
        Project withBase = withBase(p, "https://x.example/");
        assertThat(Publications.fromProject(withBase, null)).extracting(SiteFile::path).contains("feed.xml");
        assertThat(Publications.fromSite(withBase.site(), List.of("index.html"))).extracting(SiteFile::path)
                .containsExactly("sitemap.xml", "robots.txt");
    }

    @Test
    void outputTimestampIsReadAsMavenWritesIt() {
        assertThat(Publications.buildTime("2024-01-31T12:00:00Z")).contains(Instant.parse("2024-01-31T12:00:00Z"));
        assertThat(Publications.buildTime("2024-01-31T14:00:00+02:00")).contains(Instant.parse("2024-01-31T12:00:00Z"));
        assertThat(Publications.buildTime("1706702400")).contains(Instant.parse("2024-01-31T12:00:00Z"));
        assertThat(Publications.buildTime("1")).isEmpty();
        assertThat(Publications.buildTime("yesterday")).isEmpty();
    }

    @Test
    void searchIndexHasTheWordsOfEachCardAndItsAddress() {
        String json = SearchIndex.of(TestProjects.rich(""));
        assertThat(json).startsWith("[").contains("\"slug\": \"unicef-weibo\"", "\"href\": \"case-studies/unicef-weibo/index.html\"",
                "\"years\": [\n      2011,", "儿童权利");
    }
}
