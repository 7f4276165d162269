package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project written by someone hostile: script, handlers and template syntax in every YAML
 * field, and the known ways of smuggling script through Markdown. It builds, and nothing in the
 * published site can run.
 */
class HostileProjectTest {

    /** What an attacker writes into every text field; the marker tells which field it came from. */
    static String payload(String marker) {
        return marker + " \"'><script>alert('x')</script><img src=x onerror=alert(1)><svg/onload=alert(2)>"
                + " ${7*7} <#if true>ftl</#if> [=7*7] javascript:alert(3) &lt;b&gt;";
    }

    private static String q(String marker) {
        return "'" + payload(marker).replace("'", "''") + "'";
    }

    static final List<String> MARKERS = new ArrayList<>();

    private static String field(String marker) {
        MARKERS.add(marker);
        return q(marker);
    }

    static final String MARKDOWN_VECTORS = String.join("\n",
            "Plain text before the attacks.",
            "",
            "<script>alert('md-script')</script>",
            "",
            "<img src=../assets/x.png onerror=alert('md-img')>",
            "",
            "[mixed case](JaVaScRiPt:alert('a')) [tab entity](java&#x09;script:alert('b'))"
                    + " [vb](vbscript:msgbox('c')) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
                    + " [decimal entity](&#106;avascript:alert('d')) [newline](java%0ascript:alert('e'))",
            "",
            "<a href=\"jav&#x61;script:alert('f')\">raw anchor</a> <a href=\" javascript:alert('g')\">spaced</a>"
                    + " <a href=\"//evil.example/\">protocol-relative</a>",
            "",
            "<javascript:alert('autolink')> ![image](javascript:alert('h')) [ref][r]",
            "",
            "[r]: JAVASCRIPT:alert('ref')",
            "",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "<form action=\"https://evil.example/\"><input name=a><button formaction=\"javascript:alert(1)\">go</button></form>",
            "",
            "<p style=\"background:url(javascript:alert('st'))\">styled</p>",
            "<div style=\"background-image: url(https://evil.example/t.png)\">tracked</div>",
            "<style>@import url(https://evil.example/x.css); body{background:url(https://evil.example/)}</style>",
            "",
            "<svg><script>alert('svg')</script><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=../assets/x.png onerror=alert('mxss')></style></mglyph></table></mtext></math>",
            "<noscript><p title=\"</noscript><img src=../assets/x.png onerror=alert('ns')>\"></p></noscript>",
            "<details open ontoggle=alert('dt')><summary onclick=alert(1)>more</summary>inside</details>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><base href=\"https://evil.example/\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<a href=\"https://example.org/ok\" onmouseover=\"alert(1)\" target=\"_blank\">fine link</a>",
            "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"data image\">",
            "<!-- <script>alert('comment')</script> -->",
            "<table><tr><td background=\"javascript:alert(1)\">cell</td></tr></table>",
            "",
            "Plain text after the attacks.",
            "");

    @TempDir
    static Path dir;
    static BuildResult result;
    static Path site;
    static Map<String, String> files = new TreeMap<>();

    @BeforeAll
    static void buildTheHostileProject() throws IOException {
        Path src = dir.resolve("hostile/src/impact");
        Files.createDirectories(src.resolve("case-studies"));
        Files.createDirectories(src.resolve("pages"));
        Files.createDirectories(src.resolve("assets"));
        Files.write(src.resolve("assets/x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(src.resolve("site.yaml"), String.join("\n",
                "title: " + field("Fsite-title"),
                "organization: " + field("Fsite-organization"),
                "baseUrl: https://impact.example.org/",
                "intro: \"Intro <script>alert(1)</script> <img src=assets/x.png onerror=alert(1)>"
                        + " [click](JaVaScRiPt:alert(1)) <a href='jav&#x61;script:alert(2)'>raw</a>\"",
                "highlights: [reach]",
                "funders:",
                "  - name: " + field("Ffunder-name"),
                "    url: https://example.org/funder",
                ""));
        Files.writeString(src.resolve("case-studies/hostile.md"), String.join("\n",
                "---",
                "title: " + field("Fcs-title"),
                "summary: " + field("Fcs-summary"),
                "organization: " + field("Fcs-organization"),
                "partners: [" + field("Fcs-partner") + "]",
                "country: CN",
                "period: 2020-09",
                "channels: [" + field("Fcs-channel") + "]",
                "themes: [" + field("Fcs-theme") + "]",
                "sdgs: [5]",
                "campaign:",
                "  name: " + field("Fcampaign-name"),
                "  objective: " + field("Fcampaign-objective"),
                "  audience: " + field("Fcampaign-audience"),
                "metrics:",
                "  - id: reach",
                "    label: " + field("Fmetric-label"),
                "    value: 1000",
                "    qualifier: about",
                "    unit: " + field("Fmetric-unit"),
                "    level: output",
                "    baseline: 10",
                "    target: 2000",
                "    source: s",
                "  - id: growth",
                "    label: " + field("Fseries-label"),
                "    series: [{date: 2020-01, value: 5}, {date: 2020-06, value: 50}]",
                "    source: s",
                "outcomes:",
                "  - text: " + field("Foutcome-text"),
                "    level: outcome",
                "    metric: reach",
                "awards:",
                "  - title: " + field("Faward-title"),
                "    by: " + field("Faward-by"),
                "    year: 2020",
                "    work: " + field("Faward-work"),
                "    rank: " + field("Faward-rank"),
                "quotes:",
                "  - text: " + field("Fquote-text"),
                "    by: " + field("Fquote-by"),
                "charts:",
                "  - type: before-after",
                "    title: " + field("Fchart-title"),
                "    metrics: [reach]",
                "sources:",
                "  - id: s",
                "    title: " + field("Fsource-title"),
                "    publisher: " + field("Fsource-publisher"),
                "    url: https://example.org/source?a=1&b=2",
                "---",
                MARKDOWN_VECTORS));
        Files.writeString(src.resolve("case-studies/second.md"), String.join("\n",
                "---",
                "title: Second",
                "period: 2021",
                "metrics:",
                "  - {id: reach, label: Reach, value: 5}",
                "---",
                "A quiet one.",
                ""));
        Files.writeString(src.resolve("pages/notes.md"), "---\ntitle: " + field("Fpage-title") + "\n---\n"
                + MARKDOWN_VECTORS);
        result = ImpactBuildTest.build(dir.resolve("hostile"), true);
        site = dir.resolve("hostile/target/impact-site");
        if (Files.isDirectory(site)) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(site.relativize(p).toString().replace('\\', '/'),
                            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void theProjectBuildsWithWarningsForEveryRefusedLinkAndNoErrors() {
        assertThat(result.problems().errors()).isEmpty();
        assertThat(result.written()).isTrue();
        assertThat(result.problems().warnings())
                .extracting(p -> p.location().path())
                .contains("src/impact/case-studies/hostile.md", "src/impact/pages/notes.md");
        assertThat(result.problems().warnings()).allSatisfy(w -> assertThat(w.location().line()).isPositive());
    }

    @Test
    void everyFieldIsPublishedAsTextWithItsPayloadVisibleNotRun() {
        StringBuilder text = new StringBuilder();
        pages().forEach((path, doc) -> text.append(doc.text()).append('\n'));
        for (String marker : MARKERS) {
            assertThat(text).as(marker).contains(payload(marker));
        }
        Document cs = pages().get("case-studies/hostile/index.html");
        assertThat(cs.select("h1").text()).isEqualTo(payload("Fcs-title"));
        assertThat(pages().get("index.html").select("img[src=assets/x.png]")).hasSize(1);
    }

    @Test
    void noPageHasAScriptAHandlerAnEmbeddedDocumentOrAForm() {
        pages().forEach((path, doc) -> {
            for (Element el : doc.getAllElements()) {
                String tag = el.normalName();
                assertThat(Set.of("iframe", "frame", "object", "embed", "applet", "form", "input", "button",
                        "textarea", "select", "base", "style", "foreignobject", "frameset", "portal"))
                        .as(path + ": <" + tag + ">").doesNotContain(tag);
                if (tag.equals("script") && el.attr("type").equals("application/ld+json")) {
                    // a data block, never run: only JSON, and the hostile text inside it escaped
                    new com.github.erosb.jsonsKema.JsonParser(el.data()).parse();
                    assertThat(el.data()).as(path + ": JSON-LD").doesNotContain("<").doesNotContain(">");
                    assertThat(el.attributes().size()).isEqualTo(1);
                } else if (tag.equals("script")) {
                    assertThat(el.data()).as(path + ": inline script").isBlank();
                    assertThat(isSafe(el.attr("src")) && !el.attr("src").contains(":")).as(path).isTrue();
                }
                if (tag.equals("meta")) {
                    assertThat(el.attr("http-equiv").toLowerCase(Locale.ROOT)).as(path).isIn("", "content-security-policy");
                }
                if (tag.equals("link")) {
                    String href = el.attr("href");
                    assertThat(!href.contains("//") || href.startsWith("https://impact.example.org/"))
                            .as(path + ": link " + href).isTrue();
                }
                for (Attribute a : el.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name).as(path + ": handler on <" + tag + ">").doesNotStartWith("on");
                    assertThat(name).as(path + ": inline style on <" + tag + ">").isNotIn("style", "srcdoc");
                    if (URL_ATTRIBUTES.contains(name.replace("xlink:", ""))) {
                        assertThat(isSafe(a.getValue())).as(path + ": " + name + "=" + a.getValue()).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void theContentSecurityPolicyForbidsInlineScriptOnEveryPage() {
        pages().forEach((path, doc) -> {
            String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertThat(csp).as(path).contains("script-src 'self'").contains("object-src 'none'")
                    .contains("base-uri 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        });
    }

    @Test
    void noTextFileCarriesRawMarkup() {
        files.forEach((path, content) -> {
            if (path.matches(".*\\.(html|svg|xml|json)")) {
                String lower = content.toLowerCase(Locale.ROOT);
                assertThat(lower).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                        .doesNotContain("<svg/onload").doesNotContain("<iframe");
            }
            if (path.endsWith(".css")) {
                assertThat(content).as(path).doesNotContain("evil.example").doesNotContain("javascript");
            }
        });
    }

    @Test
    void refusedLinksAreKeptAsPlainText() {
        Document cs = pages().get("case-studies/hostile/index.html");
        assertThat(cs.text()).contains("mixed case").contains("tab entity").contains("raw anchor")
                .contains("Plain text before the attacks.").contains("Plain text after the attacks.");
        assertThat(cs.select("a:contains(fine link)").attr("href")).isEqualTo("https://example.org/ok");
        assertThat(cs.select("a[target]")).isEmpty();
    }

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset",
            "poster", "background", "data", "cite", "longdesc", "ping", "codebase", "manifest", "lowsrc", "dynsrc");

    /** Independent of the product's own policy: http(s), mailto, fragments and relative paths only. */
    static boolean isSafe(String value) {
        StringBuilder b = new StringBuilder();
        value.codePoints().filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c)
                && Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
        String v = b.toString().toLowerCase(Locale.ROOT);
        if (v.startsWith("//") || v.startsWith("\\") || v.startsWith("/\\")) {
            return false;
        }
        int colon = v.indexOf(':');
        int cut = firstOf(v);
        if (colon < 0 || colon > cut) {
            return true;
        }
        String scheme = v.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    private static int firstOf(String v) {
        int best = v.length();
        for (char c : "/?#".toCharArray()) {
            int i = v.indexOf(c);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private static Map<String, Document> pages() {
        Map<String, Document> pages = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(content));
            }
        });
        assertThat(pages).containsKeys("index.html", "case-studies/hostile/index.html", "notes/index.html");
        return pages;
    }
}
