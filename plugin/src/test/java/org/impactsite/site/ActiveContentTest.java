package org.impactsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.impactsite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActiveContentTest {

    @TempDir
    Path dir;

    private Problems check(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Problems problems = new Problems();
        boolean ok = ActiveContent.check(file, "src/impact/assets/" + name, problems);
        assertThat(ok).isEqualTo(!problems.hasErrors());
        return problems;
    }

    @Test
    void plainImagesAndDocumentsArePublished() throws IOException {
        assertThat(check("logo.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><title>A &amp; B</title><defs><path id=\"p\" d=\"M0 0\"/>"
                + "</defs><use xlink:href=\"#p\"/><a href=\"https://example.org/\"><text>x</text></a></svg>").all()).isEmpty();
        assertThat(check("report.pdf", "%PDF-1.4").all()).isEmpty();
        assertThat(check("photo.JPG", "\u00ff\u00d8").all()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "Page.HTM", "x.xhtml", "app.js", "m.mjs", "feed.xml", "a.svgz", "t.xsl", "schema.xsd", "grammar.rng", "n.rss", "page.html.", "page.html ", "page.html.png", "x.JS.txt"})
    void filesABrowserWouldRunAreRefused(String name) throws IOException {
        Problems problems = check(name, "<script>alert(1)</script>");
        assertThat(problems.errors()).hasSize(1);
        assertThat(problems.errors().get(0).location().toString()).isEqualTo("src/impact/assets/" + name + ":1:1");
        assertThat(problems.errors().get(0).message()).contains("would run it");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <script>alert(1)</script></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <SCRIPT href='x.js'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <rect onclick='alert(1)'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <image onLoad='alert(1)' href='a.png'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <foreignObject><p>x</p></foreignObject></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <a href='JaVa&#x09;ScRiPt:alert(1)'>x</a></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink'>\n  <a x:href='data:text/html,x'>x</a></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <a><set attributeName='href' to='javascript:alert(1)'/></a></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'>\n  <iframe src='https://example.org'/></svg>",
    })
    void svgThatCouldRunCodeIsRefusedAtItsLine(String svg) throws IOException {
        Problems problems = check("evil.svg", svg);
        assertThat(problems.errors()).hasSize(1);
        assertThat(problems.errors().get(0).location().line()).isEqualTo(2);
        assertThat(problems.errors().get(0).hint()).isNotBlank();
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        Problems problems = check("lol.svg", "<?xml version='1.0'?>\n<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'>"
                + "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>\n<svg xmlns='http://www.w3.org/2000/svg'>"
                + "<text>&b;</text></svg>");
        assertThat(problems.errors()).hasSize(1);
    }

    @Test
    void brokenSvgIsALocatedError() throws IOException {
        Problems problems = check("broken.svg", "<svg xmlns='http://www.w3.org/2000/svg'>\n<g>\n</svg>");
        assertThat(problems.errors()).hasSize(1);
        assertThat(problems.errors().get(0).location().line()).isEqualTo(3);
        assertThat(problems.errors().get(0).message()).contains("not well-formed");
    }
}
