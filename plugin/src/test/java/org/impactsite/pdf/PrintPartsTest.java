package org.impactsite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A page's content made fit for the printed book. */
class PrintPartsTest {

    private static final String PAGE = "<html><body><nav class=\"breadcrumb\"><a href=\"../../index.html\">Home</a></nav><main>"
            + "<article class=\"case-study\"><h1 id=\"t\">Title</h1>"
            + "<p>حملة لحقوق الأطفال (2023) على TikTok.</p><p>English (2023) first.</p>"
            + "<ul class=\"tiles\"><li class=\"tile\">1,000 views</li></ul>"
            + "<details><summary>How this adds up</summary><p>parts</p></details>"
            + "<p><a href=\"#sources\">sources</a> <a href=\"../other/\">other</a> <a href=\"../../themes/water/\">water</a>"
            + " <a href=\"https://example.org/x\">out</a> <img src=\"pic.png\" alt=\"a pump\"> <img src=\"https://cdn.example/y.png\" alt=\"far\"></p>"
            + "<progress class=\"tile-progress\" max=\"100\" value=\"68\">68%</progress>"
            + "<section class=\"downloads\"><a href=\"data.csv\" download>CSV</a></section>"
            + "<ol class=\"sources\"><li id=\"sources\">A source</li></ol></article></main></body></html>";

    private static Element part(String baseUrl) {
        PrintParts parts = new PrintParts(Map.of("case-studies/a/index.html", "cs-a", "case-studies/other/index.html", "cs-other"),
                baseUrl, key -> Optional.empty());
        return parts.caseStudy(PAGE, "case-studies/a/index.html");
    }

    @Test
    void onlyWhatPaperNeedsWithIdsAndLinksOfTheBook() {
        Element part = part("");
        assertThat(part.id()).isEqualTo("cs-a");
        assertThat(part.select("nav, .downloads, [download], details, summary, progress, ul.tiles")).isEmpty();
        assertThat(part.select("div.details p.summary").text()).isEqualTo("How this adds up");
        assertThat(part.select("div.tiles > div.tile").text()).isEqualTo("1,000 views");
        assertThat(part.select(".bar-fill").attr("style")).isEqualTo("width: 68.0%");
        assertThat(part.select("h1").attr("id")).isEqualTo("cs-a--t");
        assertThat(part.select("li.sources, [id=cs-a--sources]")).hasSize(1);
        assertThat(part.select("a").eachAttr("href")).containsExactly("#cs-a--sources", "#cs-other", "https://example.org/x");
        assertThat(part.text()).as("a link to a page not in the book is plain text without an address").contains("water");
        assertThat(part.select("img").eachAttr("src")).containsExactly("impact:/case-studies/a/pic.png");
        assertThat(part.select(".picture-elsewhere").text()).as("nothing is fetched from elsewhere").isEqualTo("far");
    }

    @Test
    void withAnAddressOtherPagesAreLinkedThereAndRightToLeftParagraphsSaySo() {
        Element part = part("https://impact.example.org/");
        assertThat(part.select("a").eachAttr("href")).contains("https://impact.example.org/themes/water/");
        assertThat(part.select("p").get(0).attr("dir")).isEqualTo("rtl");
        assertThat(part.select("p").get(1).hasAttr("dir")).isFalse();
    }
}
