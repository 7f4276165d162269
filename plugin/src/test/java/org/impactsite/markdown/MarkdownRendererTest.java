package org.impactsite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.impactsite.load.ProjectPaths;
import org.impactsite.model.Markdown;
import org.impactsite.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownRendererTest {

    @TempDir
    Path root;
    Path src;
    MarkdownRenderer renderer;
    Problems problems = new Problems();

    @BeforeEach
    void project() throws IOException {
        src = Files.createDirectories(root.resolve("src/impact"));
        Files.createDirectories(src.resolve("assets"));
        Files.createDirectories(src.resolve("case-studies"));
        Files.writeString(src.resolve("assets/logo.svg"), "<svg/>");
        Files.writeString(src.resolve("case-studies/other.md"), "---\ntitle: x\n---\n");
        LinkResolver resolver = file -> {
            String rel = src.relativize(file).toString().replace('\\', '/');
            if (rel.startsWith("assets/")) {
                return Optional.of(rel);
            }
            if (rel.equals("case-studies/other.md")) {
                return Optional.of("case-studies/other/index.html");
            }
            return Optional.empty();
        };
        renderer = new MarkdownRenderer(new ProjectPaths(root, src), resolver);
    }

    private Document render(String text, int firstLine) {
        Markdown md = new Markdown(text, src.resolve("case-studies/story.md"), "src/impact/case-studies/story.md", firstLine);
        return Jsoup.parseBodyFragment(renderer.render(md, "case-studies/story/index.html", problems));
    }

    @Test
    void headingsNeverSkipALevelWhereverTheTextStarts() {
        Markdown md = new Markdown("## A\n\n#### B\n\n## C\n\n###### D\n", src.resolve("pages/p.md"), "src/impact/pages/p.md", 1);
        Document page = Jsoup.parseBodyFragment(renderer.render(md, "p/index.html", problems));
        assertThat(page.select("h2, h3, h4, h5, h6")).extracting(Element::tagName).containsExactly("h2", "h3", "h2", "h4");
        Document story = Jsoup.parseBodyFragment(renderer.render(md, "case-studies/s/index.html", 3, problems));
        assertThat(story.select("h2, h3, h4, h5, h6")).extracting(Element::tagName).containsExactly("h3", "h4", "h3", "h5");
    }

    @Test
    void tablesFootnotesAutolinksAndShiftedHeadings() {
        Document doc = render("# Story\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.org and a note.[^1]\n\n[^1]: The note.\n", 1);
        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").attr("id")).isEqualTo("s-story");
        assertThat(doc.select("table thead th")).hasSize(2);
        assertThat(doc.select("a[href=https://example.org]")).hasSize(1);
        Element ref = doc.selectFirst("a.footnote-ref");
        assertThat(ref).isNotNull();
        String target = ref.attr("href").substring(1);
        assertThat(doc.getElementById(target)).isNotNull();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void localLinksAndImagesAreRewrittenForThePublishedPage() {
        Document doc = render("![Logo](../assets/logo.svg) and [the other](other.md#top)\n", 1);
        assertThat(doc.select("img").attr("src")).isEqualTo("../../assets/logo.svg");
        assertThat(doc.select("a").attr("href")).isEqualTo("../other/index.html#top");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aMissingFileIsAnErrorAtItsRealLineAndColumn() {
        render("First line.\n\nSome text ![gone](missing.png) here.\n", 12);
        assertThat(problems.errors()).extracting(p -> p.location().toString())
                .containsExactly("src/impact/case-studies/story.md:14:11");
    }

    @Test
    void webAndEmailAddressesWrittenWithoutAScheme() throws IOException {
        Files.writeString(src.resolve("case-studies/logo@2x.png"), "png");
        Document doc = render("Read more at www.unicef.org or write to info@example.org.\n\n"
                + "[Our site](www.example.org/about) and [mail us](team@example.org), [retina](logo@2x.png)\n", 1);
        // logo@2x.png is a file beside the text (which this test's report does not publish), not an address
        assertThat(problems.all()).singleElement().satisfies(p -> assertThat(p.message()).contains("\"logo@2x.png\""));
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://www.unicef.org", "mailto:info@example.org",
                "https://www.example.org/about", "mailto:team@example.org");
    }

    @Test
    void mistakesInRawHtmlAreReportedWhereTheyAreWritten() {
        render("First line.\n\n<p>Text</p>\n\n<img src=\"gone.png\" alt=\"x\">\n\n<a href=\"nope.md\">n</a>\n\n[empty]()\n", 4);
        assertThat(problems.all()).extracting(p -> p.location() + " " + p.message().replaceAll(" \\(looked for .*", ""))
                .containsExactlyInAnyOrder(
                        "src/impact/case-studies/story.md:8:11 no file \"gone.png\"",
                        "src/impact/case-studies/story.md:10:10 no file \"nope.md\"",
                        "src/impact/case-studies/story.md:12:1 a link with no address was left out");
    }

    @Test
    void headingsAndFootnotesThatWouldShareAnIdGetOnesOfTheirOwn() {
        Document doc = render("## Intro\n\nA.[^1]\n\n## Intro\n\n## Intro 1\n\n## Fn 1\n\n[^1]: Note.\n", 1);
        java.util.List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(5);
        // the footnote's mark leads to the footnote, not to the heading "Fn 1", and back
        String mark = doc.selectFirst("a.footnote-ref").attr("href").substring(1);
        assertThat(doc.getElementById(mark).closest(".footnotes")).isNotNull();
        String back = doc.selectFirst("a.footnote-backref").attr("href").substring(1);
        assertThat(doc.getElementById(back).selectFirst("a.footnote-ref")).isNotNull();
    }

    @Test
    void charactersAPageCannotShowBecomeSpacesAndLaterProblemsKeepTheirPlace() {
        Document doc = render("Line one\u000bline two\u0000 end \uffff.\n\n![gone](missing.png)\n", 1);
        assertThat(doc.body().html()).doesNotContainPattern("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\uffff]").doesNotContain("&#x");
        assertThat(doc.text()).contains("Line one line two end");
        assertThat(problems.errors()).extracting(p -> p.location().toString()).containsExactly("src/impact/case-studies/story.md:3:1");
    }

    @Test
    void aJavascriptLinkIsRemovedWithAWarningHoweverItIsSpelt() {
        Document doc = render("[a](javascript:alert(1)) [b](JavaScript:alert(2)) [c](vbscript:x)\n", 1);
        assertThat(doc.select("a")).isEmpty();
        assertThat(problems.warnings()).hasSize(3).allSatisfy(w -> assertThat(w.message()).startsWith("a link to an unsafe address"));
    }

    @Test
    void aStoryKeepsOnlyItsOwnClassesAndNoQuotationSourceAddress() {
        Document doc = render("<div class=\"site-header footnotes\">x</div>\n\n<blockquote cite=\"javascript:alert(1)\">q</blockquote>\n\n"
                + "Text.[^1]\n\n| a |\n|---|\n| 1 |\n\n[^1]: Note.\n", 1);
        assertThat(doc.select("[class]").eachAttr("class")).containsOnly("footnotes", "footnote-ref", "footnote-backref", "story-table", "num");
        assertThat(doc.select("[cite]")).isEmpty();
    }

    @Test
    void tableCellsThatHoldAFigureAreMarkedForRightAlignment() {
        Document doc = render("| What | Figure |\n|---|---|\n| Views | 1,000,000 |\n| Change | +171.5% |\n"
                + "| Reach | 2.7 million |\n| Cats | 2 cats |\n| Note | more than 1 million |\n", 1);
        assertThat(doc.select("td.num").eachText()).containsExactly("1,000,000", "+171.5%", "2.7 million");
    }

    @Test
    void aMistakeWrittenTwiceIsReportedAtBothPlaces() {
        render("Intro.\n\n[one](missing.png) and ![pic](gone.png)\n\n[two](missing.png)\n\n[x](vbscript:x) [y](vbscript:x)\n\n![again](gone.png)\n", 1);
        assertThat(problems.all()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message().split(" \\(")[0])
                .containsExactlyInAnyOrder("3:1 no file \"missing.png\"", "3:24 no file \"gone.png\"", "5:1 no file \"missing.png\"",
                        "7:1 a link to an unsafe address was removed: vbscript:x", "7:17 a link to an unsafe address was removed: vbscript:x",
                        "9:1 no file \"gone.png\"");
    }

    @Test
    void anInlineTagLeftOpenDoesNotSwallowTheHeadingsAfterIt() {
        Document doc = render("<div><span>unclosed <b>tags\n\n## Later\n\nText with <em>emphasis</em>.\n", 1);
        assertThat(doc.select("b h2, b p, span h2, span p, b div")).isEmpty();
        assertThat(doc.select("h2, h3").text()).contains("Later");
        assertThat(doc.select("em").text()).isEqualTo("emphasis");
        assertThat(doc.text()).contains("unclosed tags");
    }

    @Test
    void aLinkOrImageThatNamesAFolderIsAMistakeWhereItIsWritten() {
        render("Text.\n\n![pic](../assets)\n", 1);
        assertThat(problems.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().toString()).isEqualTo("src/impact/case-studies/story.md:3:1");
            assertThat(e.message()).isEqualTo("\"../assets\" is a folder; a link or an image names a file");
        });
    }

    @Test
    void addressesInChineseTextEndWhereTheChineseBegins() {
        Document doc = render("请访问www.unicef.org。请写信至info@example.org谢谢。邮箱：team@example.org，电话\n\n"
                + "See (https://example.org/a_(b)) and www.example.org/path?x=1. Or `www.in-code.org`.\n", 1);
        assertThat(problems.all()).isEmpty();
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://www.unicef.org", "mailto:info@example.org",
                "mailto:team@example.org", "https://example.org/a_(b)", "https://www.example.org/path?x=1");
        assertThat(doc.text()).contains("请访问www.unicef.org。请写信至info@example.org谢谢。");
    }

    @Test
    void aPercentSignInAFragmentIsWrittenAsAnEscape() {
        Document doc = render("[self](#50%-growth) and [other](other.md#50%-growth)\n", 1);
        assertThat(problems.all()).isEmpty();
        assertThat(doc.select("a").eachAttr("href")).containsExactly("#50%25-growth", "../other/index.html#50%25-growth");
    }

    @Test
    void blocksOfHtmlLeftOpenEndWithTheirBlock() {
        Document doc = render("<details><summary>More</summary>\n\n## After details\n\n<table><tr><td>cell\n\n## After table\n\n"
                + "<li>loose item\n\nEnd.\n", 1);
        assertThat(doc.select("details h2, details h3, td h2, td h3, table p")).isEmpty();
        assertThat(doc.select("h2, h3").eachText()).contains("After details", "After table");
        assertThat(doc.select("li")).allSatisfy(li -> assertThat(li.parent().normalName()).isIn("ul", "ol"));
        assertThat(doc.text()).contains("loose item").contains("End.");
        // closed further on, a block of HTML keeps the Markdown between (a folding section)
        Document folding = render("<details><summary>Method</summary>\n\nWe **counted** twice.\n\n</details>\n\nAfter.\n", 1);
        assertThat(folding.select("details strong").text()).isEqualTo("counted");
        assertThat(folding.select("details").text()).doesNotContain("After.");
    }

    @Test
    void aFootnoteMarkWithoutANoteAndANoteWrittenTwiceAreWarnings() {
        render("Text.[^1] More.[^2]\n\n[^1]: First.\n[^1]: Again.\n", 1);
        assertThat(problems.warnings()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
                .containsExactlyInAnyOrder("1:16 there is no footnote [^2] for this mark, so it shows as written",
                        "4:1 the footnote [^1] is written twice; the second is left out");
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsJustACharacter() {
        render("[half](50%ou.md) and [space](my%20notes.md)\n", 1);
        assertThat(problems.errors()).extracting(p -> p.message()).containsExactly(
                "no file \"50%ou.md\" (looked for src/impact/case-studies/50%ou.md)",
                "no file \"my notes.md\" (looked for src/impact/case-studies/my notes.md)");
    }

    @Test
    void pathsThatLeaveTheSourceFolderAreErrors() {
        render("[a](../../../etc/passwd)\n\n[b](/etc/passwd)\n", 1);
        assertThat(problems.errors()).hasSize(2);
    }

    @Test
    void hostileContentLeavesNoScriptNoHandlerAndNoUnsafeUrl() {
        String hostile = String.join("\n\n",
                "[a](JaVaScRiPt:alert(1))", "[b](java&#x09;script:alert(1))", "[c](&#106;avascript:alert(1))",
                "[d](vbscript:msgbox(1))", "[e](data:text/html,<script>alert(1)</script>)", "<javascript:alert(1)>",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
                "<form action=\"https://evil.example\"><input name=q></form>", "<svg onload=alert(1)></svg>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>", "<a href=\"javascript:alert(1)\">raw</a>",
                "<a href=\"  JAVASCRIPT:alert(1)\">spaced</a>", "![i](javascript:alert(1))");
        Document doc = render(hostile + "\n", 1);
        assertThat(doc.select("script, iframe, form, input, svg, object, embed, style")).isEmpty();
        for (Element el : doc.getAllElements()) {
            el.attributes().forEach(a -> {
                assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                    assertThat(a.getValue().toLowerCase()).doesNotContain("script:").doesNotStartWith("data:");
                }
            });
        }
        assertThat(doc.text()).contains("raw").contains("styled");
        assertThat(problems.warnings()).isNotEmpty();
    }

    @Test
    void remoteImagesAreLinkedNotEmbedded() {
        Document doc = render("![chart](https://example.org/c.png)\n", 1);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("a[href=https://example.org/c.png]").text()).isEqualTo("chart");
        assertThat(problems.warnings()).hasSize(1);
    }

    @Test
    void cjkTextPassesThroughAndOutputIsStable() {
        String text = "## 项目故事\n\n每个村庄都选择了供水点。\n";
        assertThat(render(text, 1).text()).contains("项目故事").contains("每个村庄都选择了供水点。");
        assertThat(render(text, 1).html()).isEqualTo(render(text, 1).html());
    }
}
