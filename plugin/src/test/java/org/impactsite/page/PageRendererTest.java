package org.impactsite.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.impactsite.chart.DataTable;
import org.impactsite.chart.RenderedChart;
import org.impactsite.model.ChartType;
import org.impactsite.model.Project;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.portfolio.TestProjects;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.impactsite.site.LinkChecker;
import org.impactsite.plan.SiteFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.impactsite.model.SiteConfig;

class PageRendererTest {

    static final String EVIL = "<script>alert(1)</script>\"onmouseover=alert(2) x='";

    @TempDir
    Path tmp;

    static PageInputs inputs(String evil) {
        return inputs(TestProjects.rich(evil), evil);
    }

    static PageInputs inputs(Project project, String evil) {
        RenderedChart chart = new RenderedChart("chart-1", ChartType.BAR, "Engagement" + evil,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 100 50\" width=\"100\" height=\"50\">"
                        + "<title>Engagement</title><desc>Views</desc><rect width=\"60\" height=\"20\" fill=\"#b0306a\"/></svg>",
                "Views were 1,000,000." + evil,
                new DataTable("Engagement" + evil, List.of("Metric", "Value" + evil), List.of(List.of("Views" + evil, "1,000,000"))),
                List.of("Logarithmic scale." + evil));
        return new PageInputs(Portfolio.of(project), Map.of("justice4her-pets", List.of(chart)), List.of(chart),
                Map.of("justice4her-pets", "<p>The story <a href=\"../../about/index.html\">about</a>.</p>"),
                "<p>Our <strong>intro</strong>.</p>",
                Map.of("about", "<p>About text.</p>", "methodology", "<p>How we count.</p>"));
    }

    static Map<String, Document> pages(List<SiteFile> files) {
        Map<String, Document> docs = new TreeMap<>();
        for (SiteFile f : files) {
            if (f.path().endsWith(".html")) {
                docs.put(f.path(), Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    private List<SiteFile> renderAll(PageRenderer renderer, PageInputs in, Problems problems) {
        List<SiteFile> files = new java.util.ArrayList<>(renderer.render(in, problems));
        files.addAll(renderer.themeFiles());
        return files;
    }

    @Test
    void rendersEveryPageType() {
        Problems problems = new Problems();
        List<SiteFile> files = renderAll(new PageRenderer(tmp.resolve("none"), Locale.ENGLISH), inputs(""), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(files).extracting(SiteFile::path).contains("index.html", "case-studies/justice4her-pets/index.html",
                "case-studies/listening-tour/index.html", "case-studies/unicef-weibo/index.html",
                "themes/index.html", "themes/gender-based-violence/index.html", "themes/儿童权利/index.html",
                "channels/index.html", "channels/微博/index.html", "countries/index.html", "countries/cn/index.html",
                "years/index.html", "years/2019/index.html", "years/2011/index.html", "awards/index.html",
                "about/index.html", "methodology/index.html", "404.html", "theme/style.css", "theme/accent.css");
    }

    @Test
    void everyPageIsWellFormedAndLinksResolve() {
        Problems problems = new Problems();
        List<SiteFile> files = renderAll(new PageRenderer(tmp, Locale.forLanguageTag("en-GB")), inputs(""), problems);
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.path()));
        assertThat(new LinkChecker().check(files)).isEmpty();
        pages(files).forEach((path, doc) -> {
            assertThat(doc.select("h1")).as(path).hasSize(1);
            assertThat(doc.select("html").attr("lang")).as(path).isEqualTo("en-GB");
            assertThat(doc.select("meta[charset]")).as(path).hasSize(1);
            assertThat(doc.select("meta[name=viewport]")).as(path).hasSize(1);
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as(path)
                    .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe");
            assertThat(doc.select("[style], style, script:not([src]):not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(doc.select("script[src]").eachAttr("src")).as(path)
                    .allSatisfy(src -> assertThat(src).matches("(\\.\\./)*theme/filter\\.js"));
            assertThat(doc.select("script[src]")).as(path).hasSize(path.equals("index.html") ? 1 : 0);
            assertThat(doc.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(doc.select("main#main")).as(path).hasSize(1);
            assertThat(doc.select("header nav")).as(path).hasSize(1);
            for (Element el : doc.select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (ref.startsWith("http") || ref.startsWith("#")) {
                    continue;
                }
                assertThat(ref).as(path).doesNotStartWith("/").doesNotEndWith("/");
            }
        });
    }

    @Test
    void aReportInALanguageWrittenRightToLeftSaysSo() {
        for (String[] lang : new String[][] {{"ar", "rtl"}, {"he", "rtl"}, {"en", "ltr"}, {"zh-CN", "ltr"}}) {
            Document home = pages(new PageRenderer(tmp.resolve("none"), Locale.forLanguageTag(lang[0]))
                    .render(inputs(""), new Problems())).get("index.html");
            assertThat(home.selectFirst("html").attr("dir")).as(lang[0]).isEqualTo(lang[1]);
        }
    }

    @Test
    void caseStudyShowsItsParts() {
        Document doc = pages(new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), new Problems()))
                .get("case-studies/justice4her-pets/index.html");
        assertThat(doc.select("h1").text()).isEqualTo("Custody of pets after divorce");
        assertThat(doc.select(".breadcrumb a").attr("href")).isEqualTo("../../index.html");
        assertThat(doc.select(".meta").text()).contains("China", "SDG 5: Gender equality; SDG 16: Peace, justice and strong institutions",
                "September 2018 – February 2020");
        assertThat(doc.select(".meta a[href=../../channels/tiktok/index.html]").text()).isEqualTo("TikTok");
        assertThat(doc.select(".meta a[href=../../themes/gender-based-violence/index.html]")).hasSize(1);
        assertThat(doc.select("#metric-views .tile-figure").text()).isEqualTo("more than 1,000,000 views");
        assertThat(doc.select("#metric-followers .tile-change").text()).isEqualTo("From 1,500 to 4,073 +171.5%");
        assertThat(doc.select("#metric-followers progress").attr("value")).isEqualTo("81.5");
        assertThat(doc.select("#metric-views .tile-source a").attr("href"))
                .isEqualTo("index.html#source-article");
        assertThat(doc.select("#source-article a").attr("href")).isEqualTo("https://example.org/power?a=1&b=2");
        assertThat(doc.select(".level h3").eachText()).containsExactly("Outputs", "Outcomes", "Impact");
        assertThat(doc.select("figure.chart .chart-wide svg[role=img]")).hasSize(1);
        assertThat(doc.select("figure.chart details summary").text()).isEqualTo("Data");
        assertThat(doc.select("figure.chart table caption").text()).isEqualTo("Engagement");
        assertThat(doc.select("figure.chart th[scope=col]")).hasSize(2);
        assertThat(doc.select("figure.chart th[scope=row]").text()).isEqualTo("Views");
        assertThat(doc.select(".quote blockquote").text()).isEqualTo("I learned my rights.");
        assertThat(doc.select(".quote cite").text()).isEqualTo("A viewer");
        assertThat(doc.select(".prose a").attr("href")).isEqualTo("../../about/index.html");
        assertThat(doc.select(".awards .badge").text()).isEqualTo("winner");
        assertThat(doc.select(".level-outcome .outcome-figure").text()).isEqualTo("4,073 followers · TikTok followers");
    }

    @Test
    void homeShowsHeadlinesCardsAndFunders() {
        Document doc = pages(new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), new Problems())).get("index.html");
        assertThat(doc.select(".headline-figure").eachText())
                .containsExactly("at least 1,001,497", "350,001,497");
        // no label in site.yaml: the unit names the total, else the metric id; never one case study's label
        assertThat(doc.select(".headline-label").eachText()).containsExactly("views", "weibo");
        assertThat(doc.select(".headline details.headline-parts summary").eachText())
                .containsExactly("How this adds up", "How this adds up");
        assertThat(doc.select(".card-title a").eachAttr("href")).containsExactly(
                "case-studies/justice4her-pets/index.html", "case-studies/unicef-weibo/index.html",
                "case-studies/listening-tour/index.html");
        assertThat(doc.select(".card").get(0).select(".card-numbers dd").eachText())
                .containsExactly("more than 1M", "4,073", "350M");
        assertThat(doc.select(".card").get(1).select(".card-meta").text()).contains("Malaysia", "2011 – 2020");
        assertThat(doc.select(".intro strong").text()).isEqualTo("intro");
        assertThat(doc.select(".funders li").eachText()).containsExactly("EuropeAid", "Anonymous");
        assertThat(doc.select(".site-nav a").eachText())
                .containsExactly("Home", "Themes", "Channels", "Countries", "Years", "Awards", "About us", "方法");
        assertThat(doc.select(".site-nav a[aria-current=page]").text()).isEqualTo("Home");
    }

    @Test
    void untrustedTextCannotInjectScript() {
        Problems problems = new Problems();
        List<SiteFile> files = renderAll(new PageRenderer(tmp, Locale.ENGLISH), inputs(EVIL), problems);
        assertThat(problems.all()).isEmpty();
        pages(files).forEach((path, doc) -> {
            assertThat(doc.select("script:not([src]):not([type=application/ld+json]), script[src*=:]")).as(path).isEmpty();
            for (Element el : doc.getAllElements()) {
                el.attributes().forEach(a -> assertThat(a.getKey()).as(path).doesNotStartWith("on"));
            }
        });
        String home = new String(files.stream().filter(f -> f.path().equals("index.html")).findFirst().orElseThrow()
                .content(), StandardCharsets.UTF_8);
        assertThat(home).contains("&lt;script&gt;");
    }

    @Test
    void userTemplatesEscapeDataWhateverTheirNameAndCannotReachJava() throws IOException {
        Files.writeString(tmp.resolve("parts.ftl"), "<#macro shout text><b>${text}</b></#macro>");
        Files.writeString(tmp.resolve("404.ftlh"), "<#import \"layout.ftlh\" as l><#import \"parts.ftl\" as p>"
                + "<@l.page title=\"Lost\"><h1><@p.shout text=chrome.siteTitle/></h1></@l.page>");
        Problems problems = new Problems();
        Document notFound = pages(renderAll(new PageRenderer(tmp, Locale.ENGLISH), inputs(EVIL), problems)).get("404.html");
        assertThat(problems.all()).isEmpty();
        assertThat(notFound.select("h1 b script")).isEmpty();
        assertThat(notFound.select("h1 b").text()).contains("<script>");

        Files.writeString(tmp.resolve("awards.ftlh"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        Files.writeString(tmp.resolve("page.ftlh"), "${chrome?api.getClass()}");
        Problems refused = new Problems();
        renderAll(new PageRenderer(tmp, Locale.ENGLISH), inputs(""), refused);
        assertThat(refused.errors()).extracting(p -> p.location().path())
                .anySatisfy(path -> assertThat(path).endsWith("awards.ftlh"))
                .anySatisfy(path -> assertThat(path).endsWith("page.ftlh"));
    }

    @Test
    void outputIsDeterministic() {
        List<SiteFile> a = renderAll(new PageRenderer(tmp, Locale.ENGLISH), inputs(""), new Problems());
        List<SiteFile> b = renderAll(new PageRenderer(tmp, Locale.ENGLISH), inputs(""), new Problems());
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).path()).isEqualTo(b.get(i).path());
            assertThat(a.get(i).content()).as(a.get(i).path()).isEqualTo(b.get(i).content());
        }
    }

    @Test
    void cardsKeptForTheirNextUseReadAsCardsMadeEachTime() throws IOException {
        String theme;
        try (var in = PageRenderer.class.getResourceAsStream(Templates.THEME_ROOT + "part-card.ftlh")) {
            theme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(theme).contains("<@kept on=c>");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("part-card.ftlh"), theme.replace("<@kept on=c>\n", "").replace("</@kept>\n", ""));
        List<SiteFile> kept = new PageRenderer(tmp.resolve("none"), Locale.ENGLISH).render(inputs(EVIL), new Problems());
        List<SiteFile> made = new PageRenderer(plain, Locale.ENGLISH).render(inputs(EVIL), new Problems());
        assertThat(kept).extracting(SiteFile::path).containsExactlyElementsOf(made.stream().map(SiteFile::path).toList());
        for (int i = 0; i < kept.size(); i++) {
            assertThat(new String(kept.get(i).content(), StandardCharsets.UTF_8)).as(kept.get(i).path())
                    .isEqualTo(new String(made.get(i).content(), StandardCharsets.UTF_8));
        }
        assertThat(pages(kept).get("countries/cn/index.html").select(".card-title a").eachAttr("href"))
                .containsExactly("../../case-studies/justice4her-pets/index.html");
    }

    @Test
    void aRebuildWithTheMemoShowsTheEditedCaseStudyEverywhere() {
        Project before = TestProjects.rich("");
        org.impactsite.BuildMemo memo = new org.impactsite.BuildMemo();
        new PageRenderer(tmp, Locale.ENGLISH).withMemo(memo).render(inputs(before, ""), new Problems());
        List<org.impactsite.model.CaseStudy> edited = new java.util.ArrayList<>(before.caseStudies());
        org.impactsite.model.CaseStudy cs = edited.get(2);
        edited.set(2, TestProjects.caseStudy(cs.slug(), "A new title", cs.country(), cs.period(), cs.channels(), cs.themes(),
                cs.metrics(), cs.awards()));
        Project after = new Project(before.site(), edited, before.pages());
        List<SiteFile> again = new PageRenderer(tmp, Locale.ENGLISH).withMemo(memo).render(inputs(after, ""), new Problems());
        List<SiteFile> fresh = new PageRenderer(tmp, Locale.ENGLISH).render(inputs(after, ""), new Problems());
        assertThat(again).hasSameSizeAs(fresh);
        for (int i = 0; i < again.size(); i++) {
            assertThat(new String(again.get(i).content(), StandardCharsets.UTF_8)).as(again.get(i).path())
                    .isEqualTo(new String(fresh.get(i).content(), StandardCharsets.UTF_8));
        }
        assertThat(pages(again).get("index.html").select(".card-title a").eachText()).contains("A new title");
        assertThat(pages(again).get("countries/my/index.html").select(".card-title a").eachText()).containsExactly("A new title");
    }

    @Test
    void userTemplatesShadowTheTheme() throws IOException {
        Files.writeString(tmp.resolve("404.ftlh"), "<#import \"layout.ftlh\" as l><@l.page title=\"Lost\"><h1>Lost ${chrome.siteTitle}</h1></@l.page>");
        Files.writeString(tmp.resolve("style.css"), "body{color:red}");
        PageRenderer renderer = new PageRenderer(tmp, Locale.ENGLISH);
        Problems problems = new Problems();
        Document notFound = pages(renderer.render(inputs(""), problems)).get("404.html");
        assertThat(problems.all()).isEmpty();
        assertThat(notFound.select("h1").text()).isEqualTo("Lost Voices for change");
        SiteFile css = renderer.themeFiles().stream().filter(f -> f.path().equals("theme/style.css")).findFirst().orElseThrow();
        assertThat(css.source()).isEqualTo(tmp.resolve("style.css"));
        assertThat(renderer.themeFiles()).filteredOn(f -> !f.path().equals("theme/style.css"))
                .allSatisfy(f -> assertThat(f.source()).as(f.path()).isNull());
    }

    @Test
    void brokenUserTemplateIsALocatedProblem() throws IOException {
        Files.writeString(tmp.resolve("page.ftlh"), "<p>\n  ${title\n</p>");
        Files.writeString(tmp.resolve("awards.ftlh"), "<p>\n\n  ${noSuchThing.x}</p>");
        Problems problems = new Problems();
        List<SiteFile> files = new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), problems);
        assertThat(files).extracting(SiteFile::path).doesNotContain("about/index.html", "awards/index.html")
                .contains("index.html");
        List<Problem> errors = problems.errors();
        assertThat(errors).hasSize(2);
        assertThat(errors).allSatisfy(p -> assertThat(p.location().path()).endsWith(".ftlh"));
        Problem parse = errors.stream().filter(p -> p.location().path().endsWith("page.ftlh")).findFirst().orElseThrow();
        assertThat(parse.location().line()).isBetween(2, 3);
        assertThat(parse.location().column()).isPositive();
        Problem runtime = errors.stream().filter(p -> p.location().path().endsWith("awards.ftlh")).findFirst().orElseThrow();
        assertThat(runtime.location().line()).isEqualTo(3);
        assertThat(runtime.location().column()).isEqualTo(5);
        assertThat(runtime.message()).contains("noSuchThing");
        assertThat(runtime.hint()).contains("delete it to use the theme's own awards.ftlh");
    }

    @Test
    void indexPagesListGroupsAndCards() {
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), new Problems()));
        Document themes = docs.get("themes/index.html");
        assertThat(themes.select(".groups a").eachText())
                .containsExactly("Access to justice", "Gender-based violence", "儿童权利");
        assertThat(themes.select(".groups a").eachAttr("href")).contains("%E5%84%BF%E7%AB%A5%E6%9D%83%E5%88%A9/index.html");
        assertThat(themes.select(".groups .count").eachText()).containsExactly("1 case study", "2 case studies", "1 case study");
        Document theme = docs.get("themes/gender-based-violence/index.html");
        assertThat(theme.select("h1").text()).isEqualTo("Gender-based violence");
        assertThat(theme.select(".breadcrumb a").eachAttr("href")).containsExactly("../../index.html", "../index.html");
        assertThat(theme.select(".card-title a").eachAttr("href")).containsExactly(
                "../../case-studies/justice4her-pets/index.html", "../../case-studies/unicef-weibo/index.html");
        assertThat(docs.get("countries/index.html").select(".groups a").eachText()).containsExactly("China", "Malaysia");
        assertThat(docs.get("years/index.html").select(".groups a").first().text()).isEqualTo("2020");
        assertThat(docs.get("years/2015/index.html").select(".card")).hasSize(1);
        Document awards = docs.get("awards/index.html");
        assertThat(awards.select("h2").eachText()).containsExactly("2020", "2018", "Year not given");
        assertThat(awards.select(".award-case a").first().attr("href")).isEqualTo("../case-studies/unicef-weibo/index.html");
    }

    @Test
    void storyOnlyCaseStudyAndFreePages() {
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), new Problems()));
        Document story = docs.get("case-studies/listening-tour/index.html");
        assertThat(story.select("h1").text()).isEqualTo("A listening tour");
        assertThat(story.select(".tiles, figure.chart, .sources")).isEmpty();
        Document about = docs.get("about/index.html");
        assertThat(about.select(".prose").text()).isEqualTo("About text.");
        assertThat(about.select(".lede").text()).isEqualTo("Who we are");
        assertThat(about.select(".site-nav a[aria-current=page]").text()).isEqualTo("About us");
    }

    @Test
    void chineseReportFormatsForItsLanguage() {
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.forLanguageTag("zh-CN"))
                .render(inputs(""), new Problems()));
        Document cs = docs.get("case-studies/justice4her-pets/index.html");
        assertThat(cs.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(cs.select(".meta").text()).contains("中国", "2018年9月");
        assertThat(docs.get("index.html").select(".card").first().select(".card-numbers dd").eachText())
                .contains("超过 100万", "4,073");
        assertThat(cs.select(".skip-link").text()).isEqualTo("跳到正文");
        assertThat(docs.get("index.html").select(".site-nav a").eachText()).startsWith("首页", "主题", "平台");
    }

    @Test
    void malayReportUsesTheMalayWords() {
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.forLanguageTag("ms-MY"))
                .render(inputs(""), new Problems()));
        assertThat(docs.get("index.html").select(".site-nav a").eachText()).startsWith("Utama", "Tema", "Saluran");
        assertThat(docs.get("404.html").select("h1").text()).isEqualTo("Halaman tidak dijumpai");
    }

    @Test
    void aReportCanChangeWordsAndAddALanguage() throws IOException {
        Files.writeString(tmp.resolve("messages.properties"), "# ours\nnav.awards=Prizes\nnav.award=typo\n");
        Files.writeString(tmp.resolve("messages_fr.properties"), "nav.home=Accueil\nskip=Aller au contenu\n"
                + "count={0,choice,0#aucune étude|1#1 étude|1<{0} études\n");
        Problems problems = new Problems();
        Map<String, Document> en = pages(new PageRenderer(tmp, Locale.ENGLISH, p -> "templates/" + p.getFileName())
                .render(inputs(""), problems));
        assertThat(en.get("index.html").select(".site-nav a").eachText()).contains("Home", "Prizes");
        assertThat(problems.warnings()).extracting(Problem::headline).containsExactly(
                "templates/messages.properties:3:1: warning: the theme has no message \"nav.award\"");
        Problems fr = new Problems();
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.FRENCH, p -> "templates/" + p.getFileName())
                .render(inputs(""), fr));
        assertThat(fr.errors()).extracting(Problem::headline).containsExactly(
                "templates/messages_fr.properties:3:1: error: the message \"count\" is not a valid pattern: Unmatched braces in the pattern.");
        Files.writeString(tmp.resolve("messages_fr.properties"), "nav.home=Accueil\nskip=Aller au contenu\n");
        docs = pages(new PageRenderer(tmp, Locale.FRENCH).render(inputs(""), new Problems()));
        assertThat(docs.get("index.html").select(".site-nav a").eachText()).startsWith("Accueil").contains("Prizes");
        assertThat(docs.get("index.html").select(".skip-link").text()).isEqualTo("Aller au contenu");
    }

    @Test
    void notFoundPageUsesBaseUrlWhenThereIsOne() {
        Project p = TestProjects.rich("");
        var s = p.site();
        Project withBase = new Project(new SiteConfig(s.title(), s.organization(),
                "https://impact.example.org/report/", s.language(), s.intro(), s.logo(), s.highlights(), s.funders(),
                s.accent()), p.caseStudies(), p.pages());
        PageInputs in = inputs("");
        PageInputs based = new PageInputs(Portfolio.of(withBase), in.charts(), in.portfolioCharts(), in.storyHtml(),
                in.introHtml(), in.pageHtml());
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.ENGLISH).render(based, new Problems()));
        Document notFound = docs.get("404.html");
        assertThat(notFound.select("link[rel=stylesheet]").eachAttr("href")).containsExactly(
                "/report/theme/style.css", "/report/theme/accent.css");
        assertThat(notFound.select("a.button").attr("href")).isEqualTo("/report/index.html");
        assertThat(docs.get("index.html").select("link[rel=stylesheet]").first().attr("href")).isEqualTo("theme/style.css");
    }

    @Test
    void everyPageTellsSocialNetworksWhatItIs() {
        Project p = TestProjects.rich("");
        var s = p.site();
        String base = "https://impact.example.org/report/";
        Project withBase = new Project(new SiteConfig(s.title(), s.organization(), base,
                s.language(), s.intro(), s.logo(), s.highlights(), s.funders(), s.accent()), p.caseStudies(), p.pages());
        PageInputs in = inputs("");
        PageInputs based = new PageInputs(Portfolio.of(withBase), in.charts(), in.portfolioCharts(), in.storyHtml(),
                in.introHtml(), in.pageHtml(), java.util.Set.of("feed.xml", "card.png", "case-studies/justice4her-pets/card.png"));
        Map<String, Document> docs = pages(new PageRenderer(tmp, Locale.ENGLISH).render(based, new Problems()));
        Document cs = docs.get("case-studies/justice4her-pets/index.html");
        assertThat(cs.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(cs.select("meta[property=og:title]").attr("content")).isEqualTo(cs.select("h1").text());
        assertThat(cs.select("meta[property=og:url]").attr("content")).isEqualTo(base + "case-studies/justice4her-pets/");
        assertThat(cs.select("link[rel=canonical]").attr("href")).isEqualTo(base + "case-studies/justice4her-pets/");
        assertThat(cs.select("meta[property=og:image]").attr("content"))
                .isEqualTo(base + "case-studies/justice4her-pets/card.png");
        assertThat(cs.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(cs.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(cs.select("meta[name=description]").attr("content")).isNotBlank().hasSizeLessThanOrEqualTo(201);
        assertThat(cs.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("../../feed.xml");
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            Document d = e.getValue();
            assertThat(d.select("meta[property=og:title]")).as(e.getKey()).hasSize(1);
            String image = d.select("meta[property=og:image]").attr("content");
            if (e.getKey().startsWith("case-studies/") && !e.getKey().contains("justice4her-pets")) {
                assertThat(image).as("a case study without a published picture").isEmpty();
            } else {
                assertThat(image).as(e.getKey()).startsWith(base);
            }
            assertThat(d.select("meta[property=og:locale]").attr("content")).as(e.getKey()).isEqualTo("en");
        }
        assertThat(docs.get("404.html").select("meta[property=og:url]")).isEmpty();
        assertThat(docs.get("index.html").select("meta[property=og:url]").attr("content")).isEqualTo(base);

        Map<String, Document> plain = pages(new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), new Problems()));
        Document noBase = plain.get("case-studies/justice4her-pets/index.html");
        assertThat(noBase.select("meta[property=og:url], meta[property=og:image], link[rel=canonical]")).isEmpty();
        assertThat(noBase.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(noBase.select("link[rel=alternate]")).isEmpty();
    }

    @Test
    void aBrokenSharedTemplateIsReportedOnce() throws IOException {
        Files.writeString(tmp.resolve("layout.ftlh"), "<#macro page title>\n<#if>\n</#macro>");
        Problems problems = new Problems();
        List<SiteFile> files = new PageRenderer(tmp, Locale.ENGLISH).render(inputs(""), problems);
        assertThat(files).extracting(SiteFile::path).containsExactly("theme/accent.css");
        assertThat(problems.errors()).singleElement().satisfies(p -> {
            assertThat(p.location().path()).endsWith("layout.ftlh");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void accentKeepsContrastInBothSchemes() {
        for (String accent : List.of("#b0306a", "#ffff00", "#000000", "#00ff00", "#ffffff", "bad")) {
            int base = Accent.parse(accent);
            int light = Accent.towards(base, 0x000000, Accent.LIGHT_BACKGROUND, Accent.LIGHT_SURFACE, Accent.LIGHT_SOFT);
            int dark = Accent.towards(base, 0xffffff, Accent.DARK_BACKGROUND, Accent.DARK_SURFACE, Accent.DARK_SOFT);
            for (int bg : new int[] {Accent.LIGHT_BACKGROUND, Accent.LIGHT_SURFACE, Accent.mix(light, Accent.LIGHT_BACKGROUND, Accent.LIGHT_SOFT)}) {
                assertThat(Accent.contrast(light, bg)).as(accent + " on " + Accent.hex(bg)).isGreaterThanOrEqualTo(4.5);
            }
            for (int bg : new int[] {Accent.DARK_BACKGROUND, Accent.DARK_SURFACE, Accent.mix(dark, Accent.DARK_BACKGROUND, Accent.DARK_SOFT)}) {
                assertThat(Accent.contrast(dark, bg)).as(accent + " on " + Accent.hex(bg)).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(Accent.css("#b0306a")).contains("--accent: #b0306a;").contains("prefers-color-scheme: dark");
    }
}
