package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.impactsite.problem.Problem;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files give a located error quickly, never an exception or exhausted memory. */
class HardeningTest {

    @TempDir
    Path root;

    @Test
    void billionLaughsIsRefusedQuicklyAtTheAliasOverTheLimit() {
        StringBuilder sb = new StringBuilder("---\ntitle: Laughs\nlol0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            sb.append("]\n");
        }
        sb.append("partners: *l9\n---\n");
        Fixtures.withCaseStudy(root, "laughs", sb.toString());
        Problem p = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Fixtures.load(root).problems().all().get(0));
        // lol1..lol5 hold 5 x 9 = 45 aliases; the 51st is the 6th alias on the line of lol6.
        assertThat(p.location().toString()).isEqualTo("src/impact/case-studies/laughs.md:9:37");
        assertThat(p.message()).isEqualTo("more than 50 aliases (*name) to lists or groups of keys");
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Fixtures.withCaseStudy(root, "deep", "---\ntitle: Deep\npartners: " + deep + "\n---\n");
        Problem p = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Fixtures.load(root).problems().all().get(0));
        assertThat(p.location().toString()).isEqualTo("src/impact/case-studies/deep.md:3:50");
        assertThat(p.message()).isEqualTo("lists and groups of keys are nested more than 40 levels deep here");
    }

    @Test
    void aRecursiveAliasIsAnErrorNotALoop() throws Exception {
        Fixtures.withCaseStudy(root, "loop", "---\ntitle: Loop\nmetrics: &m\n  - id: a\n    label: A\n    series: *m\n---\n");
        Fixtures.Loaded loaded = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.load(root));
        assertThat(loaded.problems().hasErrors()).isTrue();
        assertThat(loaded.headlines()).allMatch(h -> h.startsWith("src/impact/case-studies/loop.md:"));
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() throws Exception {
        byte[] head = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " au lait\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // "é" in Latin-1
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Fixtures.writeBytes(root, "src/impact/case-studies/latin1.md", bytes);
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly("src/impact/case-studies/latin1.md:2:11: error: "
                + "the file is not UTF-8 text: byte 0xE9 cannot be read here");
        assertThat(loaded.problems().all().get(0).hint()).contains("UTF-8");
    }

    @Test
    void invalidUtf8AfterCjkTextCountsCharactersNotBytes() throws Exception {
        byte[] head = "---\ntitle: 中文".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
        Fixtures.writeBytes(root, "src/impact/case-studies/cjk.md", bytes);
        assertThat(Fixtures.load(root).problems().all().get(0).location().toString())
                .isEqualTo("src/impact/case-studies/cjk.md:2:10");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws Exception {
        String big = "---\ntitle: Big\n---\n" + "x".repeat((int) TextFiles.MAX_BYTES);
        Fixtures.withCaseStudy(root, "big", big);
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly(
                "src/impact/case-studies/big.md:1:1: error: this file is 1.0 MB; files larger than 1 MB are not read");
        assertThat(loaded.project().caseStudies()).isEmpty();
    }

    @Test
    void controlCharactersInYamlAreALocatedError() {
        Fixtures.withCaseStudy(root, "nul", "---\ntitle: A\u0000B\n---\n");
        assertThatCode(() -> {
            Problem p = Fixtures.load(root).problems().all().get(0);
            assertThat(p.location().toString()).isEqualTo("src/impact/case-studies/nul.md:2:9");
            assertThat(p.message()).isEqualTo("the text holds the character U+0000, which YAML does not allow");
        }).doesNotThrowAnyException();
    }

    @Test
    void customTagsAndEnvironmentVariablesAreJustText() throws Exception {
        Fixtures.withCaseStudy(root, "tags", "---\ntitle: ${HOME}\nsummary: !secret text\n---\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).isEmpty();
        assertThat(loaded.project().caseStudies().get(0).title()).isEqualTo("${HOME}");
        assertThat(loaded.project().caseStudies().get(0).summary()).isEqualTo("text");
    }

    @Test
    void aHashtagAfterAnUnquotedValueIsAWarningAtTheHash() throws Exception {
        Fixtures.withCaseStudy(root, "tags", "---\ntitle: Launch of #CreateKindness\nsummary: #love and #kindness\n"
                + "organization: TikTok   # a real comment\npartners: [\"#quoted\"] #x\nchannels: [TikTok] #TikTok\n---\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly(
                "src/impact/case-studies/tags.md:2:18: warning: the text from \"#CreateKindness\" on is read as a comment,"
                        + " so the value is \"Launch of\"",
                "src/impact/case-studies/tags.md:3:10: warning: the text from \"#love and #kindness\" on is read as a"
                        + " comment, so the value is empty");
        assertThat(loaded.project().caseStudies().get(0).title()).isEqualTo("Launch of");
        assertThat(loaded.problems().warnings().get(0).hint()).contains("quotes");
    }
}
