package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactsite.problem.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One project with many different mistakes: all are reported in one run, each at its real place. */
class MistakesTest {

    private static Fixtures.Loaded loaded;

    @BeforeAll
    static void load() throws Exception {
        loaded = Fixtures.load(Fixtures.resource("mistakes"));
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndColumn() {
        String cs = "src/impact/case-studies/acme.md";
        String csv = "src/impact/case-studies/growth.csv";
        assertThat(loaded.headlines()).containsExactly(
                cs + ":3:7: error: slug can only hold lower-case letters, digits and hyphens, got \"Acme Campaign\"",
                cs + ":4:10: error: country must be a two-letter ISO 3166-1 code, got \"China\"",
                cs + ":5:9: error: period ends (2019) before it starts (2021)",
                cs + ":6:11: error: sdgs[2] must be a whole number from 1 to 17, got \"18\"",
                cs + ":10:12: error: metrics[1].value must be a number, got \"12%\"",
                cs + ":11:13: error: metrics[1].source names \"rnw-artcle\", which is not an id in sources",
                cs + ":12:5: error: metrics[2] has neither a value nor a series",
                cs + ":12:9: error: metrics[2].id \"views\" is used twice in metrics (first on line 8)",
                cs + ":14:5: error: unknown key \"valeu\" in metrics[2]",
                cs + ":15:5: warning: metric \"reach\" does not say where its figure comes from",
                cs + ":18:12: error: metrics[3].level must be output, outcome, impact or context, got \"outputs\"",
                cs + ":19:11: error: metrics[3].date is not a real date: 2021-02-30 (February 2021 has 28 days)",
                cs + ":20:5: warning: metric \"growth\" does not say where its figure comes from",
                cs + ":24:11: error: charts[1].type must be one of bar, line, progress, before-after, funnel, share,"
                        + " got \"bar-chart\"",
                cs + ":25:22: error: charts[1].metrics names \"veiws\", which is not an id in metrics",
                cs + ":28:13: error: outcomes[1].metric names \"rech\", which is not an id in metrics",
                cs + ":32:10: error: sources[1].url \"javascript:alert(1)\" uses \"javascript:\"; only http and https"
                        + " links are allowed",
                "src/impact/case-studies/folder-without-index:1:1: error: the case-study folder folder-without-index/"
                        + " has no index.md",
                csv + ":3:1: error: the date is not a real date: 2020-13 (there is no month 13; months go from 01 to 12)",
                csv + ":4:9: error: the value must be a number, got \"many\"",
                csv + ":5:1: error: metrics[4].series has two points for 2020-01 (the other is on line 2)",
                "src/impact/case-studies/notes.txt:1:1: warning: this file is not a case study and is ignored",
                "src/impact/site.yaml:2:10: error: baseUrl \"ftp://example.org/\" uses \"ftp:\"; only http and https"
                        + " links are allowed",
                "src/impact/site.yaml:3:11: error: language must be a language tag such as en, fr or zh-CN, got \"english\"",
                "src/impact/site.yaml:6:10: error: theme.accent is empty",
                "src/impact/site.yaml:6:11: warning: the text from \"#b0306a\" on is read as a comment, so the value is empty",
                "src/impact/site.yaml:9:5: error: unknown key \"link\" in funders[1]");
    }

    @Test
    void mistakesComeWithHints() {
        assertThat(hintAt("acme.md:3:7")).isEqualTo("write slug: acme-campaign");
        assertThat(hintAt("acme.md:4:10")).isEqualTo("write country: CN");
        assertThat(hintAt("acme.md:11:13")).isEqualTo("did you mean `rnw-article`?");
        assertThat(hintAt("acme.md:14:5")).isEqualTo("did you mean `value`?");
        assertThat(hintAt("acme.md:18:12")).isEqualTo("did you mean `output`?");
        assertThat(hintAt("acme.md:24:11")).isEqualTo("did you mean `bar`?");
        assertThat(hintAt("acme.md:25:22")).isEqualTo("did you mean `views`?");
        assertThat(hintAt("acme.md:28:13")).isEqualTo("did you mean `reach`?");
        assertThat(hintAt("site.yaml:3:11")).isEqualTo("write language: en");
        assertThat(hintAt("site.yaml:6:10")).contains("# starts a comment");
        assertThat(hintAt("folder-without-index:1:1")).isEqualTo("rename draft.md to index.md");
    }

    @Test
    void theBrokenCaseStudyIsKeptAsFarAsItCouldBeRead() {
        assertThat(loaded.project().caseStudies()).isEmpty();
        assertThat(loaded.project().site().baseUrl()).isEmpty();
        assertThat(loaded.project().site().language()).isEqualTo("en");
        assertThat(loaded.problems().summary()).isEqualTo("23 errors in 4 files, 4 warnings");
    }

    private static String hintAt(String place) {
        return loaded.problems().all().stream().filter(p -> p.location().toString().endsWith(place))
                .map(Problem::hint).findFirst().orElseThrow();
    }
}
