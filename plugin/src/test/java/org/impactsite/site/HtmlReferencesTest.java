package org.impactsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.impactsite.ImpactBuild;
import org.impactsite.BuildSettings;
import org.impactsite.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.impactsite.plan.SiteFile;

class HtmlReferencesTest {

    @TempDir
    Path dir;

    /** What a full HTML parser (jsoup's) finds: the reference the link checker used to read from a page's tree. */
    static List<String> byJsoup(String html) {
        List<String> refs = new ArrayList<>();
        for (Element el : Jsoup.parse(html).select("[href], [src]")) {
            if (!el.tagName().equals("base")) {
                refs.add(el.hasAttr("href") ? el.attr("href") : el.attr("src"));
            }
        }
        return refs;
    }

    @Test
    void findsWhatAFullParserFindsOnEveryPageOfTheExampleAndAFixtureReport() throws IOException {
        int pages = 0;
        int refs = 0;
        for (Path src : List.of(Path.of("../example-site/src"), Path.of("src/test/resources/build/portfolio/src"))) {
            Path project = dir.resolve(src.getParent().getFileName());
            TestFiles.copyTree(src, project.resolve("src"));
            ImpactBuild.Built built = new ImpactBuild(BuildSettings.of(project, false).withBaseUrl("https://impact.example.org/")).build();
            for (SiteFile f : built.files()) {
                if (f.path().endsWith(".html")) {
                    String html = new String(f.content(), java.nio.charset.StandardCharsets.UTF_8);
                    List<String> found = HtmlReferences.of(html);
                    assertThat(found).as(f.path()).isEqualTo(byJsoup(html));
                    pages++;
                    refs += found.size();
                }
            }
        }
        assertThat(pages).isGreaterThan(30);
        assertThat(refs).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"a.html\">x</a><img src='b.png' alt=x><img src=c.png>",
        "<A HREF=\"UP.html\">x</A><IMG SRC=up.png>",
        "<a href=\"q?x=1&amp;y=2&lt;\">entities</a><img src=\"caf&eacute;.png\"><a href=\"&#x2F;abs\">n</a>",
        "<!-- <a href=\"commented.html\"> --><a href=\"after-comment.html\">x</a>",
        "<script>var s = '<a href=\"in-script.html\">';</script><a href=\"after-script.html\">x</a>",
        "<style>a[href=\"in-style\"] { }</style><title><a href=\"t.html\"></title><textarea><img src=\"t.png\"></textarea>",
        "<script src=\"app.js\"></script><iframe src=\"frame.html\"><a href=\"inside-frame.html\"></a></iframe>",
        "<a href=\"first.html\" href=\"second.html\" src=\"s.png\">dup</a><img src=\"one.png\" src=\"two.png\">",
        "<base href=\"/other/\"><link rel=stylesheet href=theme/style.css><a href=\"\">empty</a><a href>bare</a>",
        "<a href=\"x.html\"src=\"y.png\">no space</a><a href = \"spaced.html\" >s</a><a\nhref='\nnewline.html'>n</a>",
        "<svg><a href=\"#in-svg\"></a><image href=\"pic.svg\"/><use href=\"#icon\"/></svg><a href=\"after-svg.html\"></a>",
        "<p>1 < 2 and <3 <a href=\"after-text.html\">x</a></p><!DOCTYPE html><?php x ?><a href=\"after-bogus.html\">y</a>",
        "</a href=\"end-tag.html\"><a href=\"real.html\">x</a><a href=\"unterminated.html",
        "<a title='it\"s' href=\"quote.html\">q</a><a data-x=\">\" href=\"gt.html\">g</a>",
    })
    void findsWhatAFullParserFindsInAwkwardHtml(String html) {
        assertThat(HtmlReferences.of(html)).isEqualTo(byJsoup(html));
    }

    @Test
    void aSelfClosingScriptEndsThereSoTheLinksAfterItAreStillChecked() {
        String html = "<svg><script href=\"s.js\"/></svg><a href=\"after.html\">x</a>";
        assertThat(HtmlReferences.of(html)).containsExactly("s.js", "after.html");
        assertThat(byJsoup(html)).containsExactly("s.js");
    }
}
