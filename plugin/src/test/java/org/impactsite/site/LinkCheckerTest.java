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
}
