package org.impactsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.impactsite.plan.SiteFile;

class LinkCheckerTest {

    @Test
    void resolvesRelativeLinksAgainstThePage() {
        assertThat(LinkChecker.resolve("case-studies/a/index.html", "../../assets/x.svg")).isEqualTo("assets/x.svg");
        assertThat(LinkChecker.resolve("case-studies/a/index.html", "../b/index.html#top")).isEqualTo("case-studies/b/index.html");
        assertThat(LinkChecker.resolve("index.html", "themes/")).isEqualTo("themes/index.html");
        assertThat(LinkChecker.resolve("index.html", "themes/%E6%B0%B4/index.html")).isEqualTo("themes/水/index.html");
    }

    @Test
    void doesNotFollowOtherHostsMailOrFragments() {
        assertThat(LinkChecker.resolve("index.html", "https://example.org/x")).isNull();
        assertThat(LinkChecker.resolve("index.html", "mailto:a@example.org")).isNull();
        assertThat(LinkChecker.resolve("index.html", "#main")).isNull();
    }

    @Test
    void reportsLinksThatLandNowhere() {
        List<SiteFile> files = List.of(
                SiteFile.of("index.html", "<a href=\"case-studies/a/index.html\">a</a><img src=\"assets/missing.png\" alt=\"\">"),
                SiteFile.of("case-studies/a/index.html", "<a href=\"../../index.html\">home</a><a href=\"../b/index.html\">b</a>"));
        assertThat(new LinkChecker().check(files)).extracting(Object::toString).containsExactly(
                "index.html links to assets/missing.png, which is not in the site",
                "case-studies/a/index.html links to ../b/index.html, which is not in the site");
    }

    @Test
    void aLinkToAPartThePageLacksIsBrokenAndOneToAPartItHasIsNot() {
        List<SiteFile> files = List.of(
                SiteFile.of("index.html", "<a href=\"#main\">skip</a><main id=\"main\"><a href=\"b/#sources\">b</a>"
                        + "<a href=\"b/index.html#nope\">b</a><a href=\"#gone\">x</a><a href=\"#top\">top</a><a href=\"#\">top</a>"
                        + "<a href=\"b/#s-%E6%B0%B4\">water</a><a href=\"b/#old\">named</a></main>"),
                SiteFile.of("b/index.html", "<h2 id=\"sources\">Sources</h2><h2 id=\"s-\u6c34\">\u6c34</h2><a name=\"old\"></a>"));
        assertThat(new LinkChecker().check(files)).extracting(Object::toString).containsExactly(
                "index.html links to b/index.html#nope, but that page has no part with the id \"nope\"",
                "index.html links to #gone, but that page has no part with the id \"gone\"");
        assertThat(LinkChecker.fragment("x.html#a%20b")).isEqualTo("a b");
        assertThat(LinkChecker.fragment("x.html#100%")).as("a stray % compared as written").isEqualTo("100%");
        assertThat(LinkChecker.fragment("x.html")).isNull();
    }

    @Test
    void theQuickReadingOfAThemesLinksGivesThePathTheAddressParseGives() {
        String[] pages = {"index.html", "case-studies/a-b/index.html", "themes/x/index.html", "a/b/c/d.html"};
        String[] parts = {"a", "b-c", "..", ".", "", "index.html", "x.css", "~u", "_n"};
        java.util.Random random = new java.util.Random(7);
        int quick = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder ref = new StringBuilder(random.nextInt(5) == 0 ? "/" : "");
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                ref.append(i > 0 ? "/" : "").append(parts[random.nextInt(parts.length)]);
            }
            ref.append(new String[] {"", "", "#top", "?v=1", "#"}[random.nextInt(5)]);
            String page = pages[random.nextInt(pages.length)];
            String plain = LinkChecker.plain(page, ref.toString());
            if (plain != null) {
                quick++;
                assertThat(plain).as("%s on %s", ref, page).isEqualTo(LinkChecker.parsed(page, ref.toString()));
            }
        }
        assertThat(quick).as("most links are read the quick way").isGreaterThan(10_000);
        assertThat(LinkChecker.plain("index.html", "a%20b.html")).as("escapes are left to the parse").isNull();
        assertThat(LinkChecker.plain("index.html", "../x.html")).as("above the site: left to the parse").isNull();
        assertThat(LinkChecker.resolve("index.html", "../x.html")).isEqualTo(LinkChecker.parsed("index.html", "../x.html"));
    }
}
