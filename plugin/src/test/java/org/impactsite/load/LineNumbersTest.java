package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reported lines and columns are the real ones of the file: the front matter's offset applied,
 * whatever the line endings or a byte order mark.
 */
class LineNumbersTest {

    private static final String FILE = "src/impact/case-studies/deep.md";

    @TempDir
    Path root;

    /** A case study with an error far down its front matter, after a multi-line block and comments. */
    static String deepCaseStudy() {
        StringBuilder sb = new StringBuilder("---\n# a comment line\ntitle: Deep\nsummary: |\n  line one\n\n  line three\n");
        sb.append("sources:\n  - id: s\n    title: S\nmetrics:\n");
        for (int i = 1; i <= 8; i++) {
            sb.append("  - id: m").append(i).append("\n    label: Metric ").append(i).append('\n');
            sb.append("    source: s\n");
            sb.append(i == 7 ? "    value:   \"12 apples\"\n" : "    value: " + i + "00\n");
        }
        return sb.append("---\nThe story.\n").toString();
    }

    /** The 1-based line and column of the first {@code needle} in {@code text}. */
    static Location locate(String text, String needle) {
        int index = text.indexOf(needle);
        assertThat(index).as(needle).isNotNegative();
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = index - (before.lastIndexOf('\n') + 1) + 1;
        return new Location(FILE, line, column);
    }

    @Test
    void anErrorDeepInTheFrontMatterIsReportedAtItsRealLineAndColumn() throws Exception {
        String text = deepCaseStudy();
        Fixtures.withCaseStudy(root, "deep", text);
        Fixtures.Loaded loaded = Fixtures.load(root);
        Location expected = locate(text, "\"12 apples\"");
        assertThat(expected.line()).isEqualTo(39);
        assertThat(expected.column()).isEqualTo(14);
        assertThat(loaded.problems().all()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(expected);
            assertThat(p.message()).isEqualTo("metrics[7].value must be a number, got \"12 apples\"");
            assertThat(p.hint()).isEqualTo("write only the number here, and the words under unit: (unit: apples)");
        });
        assertThat(loaded.project().caseStudies().get(0).body().firstLine()).isEqualTo(expected.line() + 6);
    }

    @Test
    void crlfLineEndingsGiveTheSameLines() throws Exception {
        String text = deepCaseStudy();
        readsAsWritten(text, text.replace("\n", "\r\n"));
    }

    /** {@code written}, the deep case study with other line ends, gives the problem, story and summary of {@code text}. */
    private void readsAsWritten(String text, String written) throws Exception {
        Fixtures.withCaseStudy(root, "deep", written);
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.problems().all()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(locate(text, "\"12 apples\"")));
        assertThat(loaded.project().caseStudies().get(0).body().text()).isEqualTo("The story.\n");
        assertThat(loaded.project().caseStudies().get(0).summary()).isEqualTo("line one\n\nline three");
    }

    @Test
    void oldMacAndMixedLineEndingsGiveTheSameLines() throws Exception {
        String text = deepCaseStudy();
        StringBuilder mixed = new StringBuilder();
        String[] ends = {"\r", "\r\n", "\n"};
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]).append(i == lines.length - 1 ? "" : ends[i % 3]);
        }
        readsAsWritten(text, text.replace("\n", "\r"));
        readsAsWritten(text, mixed.toString());
    }

    @Test
    void aSeriesWithOldMacLineEndingsIsReadRowByRowWithItsLines() throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Fixtures.write(root, "src/impact/case-studies/grow/index.md", "---\ntitle: Grow\nmetrics:\n  - id: f\n"
                + "    label: Followers\n    unit: followers\n    series: f.csv\n---\n");
        Fixtures.write(root, "src/impact/case-studies/grow/f.csv", "date,value\r2020-01,10\r2020-02,twelve\r2020-03,14\r");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.problems().errors()).singleElement()
                .satisfies(p -> assertThat(p.location().toString()).startsWith("src/impact/case-studies/grow/f.csv:3:"));
    }

    @Test
    void aByteOrderMarkIsDroppedAndChangesNoColumn() throws Exception {
        String text = "---\ntitle: BOM\nslug: Bad Slug\n---\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Fixtures.writeBytes(root, FILE, withBom);
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly(
                FILE + ":3:7: error: slug can only hold lower-case letters, digits and hyphens, got \"Bad Slug\"");
    }

    @Test
    void aBomBeforeTheFrontMatterStillOpensIt() throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "\uFEFFtitle: T\n");
        Fixtures.withCaseStudy(root, "bom", "\uFEFF---\ntitle: With a BOM\n---\nStory\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).isEmpty();
        assertThat(loaded.project().caseStudies()).singleElement()
                .satisfies(cs -> assertThat(cs.title()).isEqualTo("With a BOM"));
    }

    @Test
    void aTabInTheIndentationGivesYamlsOwnMessageAtItsPlace() throws Exception {
        String text = "---\ntitle: Tabs\nmetrics:\n  - id: a\n\tlabel: A\n---\n";
        Fixtures.withCaseStudy(root, "tabs", text);
        Problem p = Fixtures.load(root).problems().all().get(0);
        assertThat(p.location().toString()).isEqualTo("src/impact/case-studies/tabs.md:5:1");
        assertThat(p.message()).startsWith("YAML syntax error: found character '\\t(TAB)' that cannot start any token");
        assertThat(p.hint()).isEqualTo("indent with spaces, never with tabs");
        assertThat(p.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aColonInTextIsASyntaxErrorWithAHintAboutQuotes() throws Exception {
        String text = "---\ntitle: Pets\nsummary: Pets: who keeps them?\n---\n";
        Fixtures.withCaseStudy(root, "colon", text);
        Problem p = Fixtures.load(root).problems().all().get(0);
        assertThat(p.location().toString()).isEqualTo("src/impact/case-studies/colon.md:3:14");
        assertThat(p.message()).isEqualTo("YAML syntax error: mapping values are not allowed here");
        assertThat(p.hint()).contains("in quotes");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartedOn() throws Exception {
        String text = "---\ntitle: \"Pets\nsummary: x\n---\n";
        Fixtures.withCaseStudy(root, "quote", text);
        Problem p = Fixtures.load(root).problems().all().get(0);
        assertThat(p.location().toString()).isEqualTo("src/impact/case-studies/quote.md:2:8");
        assertThat(p.message()).isEqualTo("the quote that starts here is not closed on its line, so YAML read the lines "
                + "below as part of the text and stopped at line 4");
    }

    @Test
    void siteYamlLinesStartAtOne() throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n\nintro: |\n  Hello\n  *world*\nlanguage: 12\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).contains(
                "src/impact/site.yaml:6:11: error: language must be a language tag such as en, fr or zh-CN, got \"12\"");
        assertThat(loaded.project().site().intro().firstLine()).isEqualTo(4);
        assertThat(loaded.project().site().intro().text()).isEqualTo("Hello\n*world*\n");
    }

    @Test
    void aPlainIntroStartsOnItsOwnLine() throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\nintro: Hello *world*\n");
        assertThat(Fixtures.load(root).project().site().intro().firstLine()).isEqualTo(2);
    }
}
