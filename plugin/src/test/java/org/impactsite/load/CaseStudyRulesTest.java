package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Period;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules for a case study's front matter, one mistake at a time. */
class CaseStudyRulesTest {

    private static final String PREFIX = "src/impact/case-studies/t.md:";

    @TempDir
    Path root;

    private Fixtures.Loaded loaded;

    /** Loads a case study whose front matter is {@code yaml}; problems without the path prefix. */
    private List<String> problems(String yaml) throws Exception {
        Fixtures.withCaseStudy(root, "t", "---\n" + yaml + "---\nStory.\n");
        loaded = Fixtures.load(root);
        return loaded.headlines().stream().map(h -> h.startsWith(PREFIX) ? h.substring(PREFIX.length()) : h).toList();
    }

    private String hint(int index) {
        return loaded.problems().all().get(index).hint();
    }

    private CaseStudy only() {
        return loaded.project().caseStudies().get(0);
    }

    @Test
    void titleIsRequired() throws Exception {
        assertThat(problems("summary: no title\n")).containsExactly("2:1: error: title is missing");
        assertThat(hint(0)).contains("title:");
        assertThat(loaded.project().caseStudies()).isEmpty();
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItOpensNotWhereYamlGivesUp() throws Exception {
        assertThat(problems("title: \"Custody of pets after divorce\nsummary: Pets are family.\nmetrics:\n"
                + "  - {id: views, label: Views, value: 10}\n"))
                .singleElement().asString()
                .startsWith("2:8: error: the quote that starts here is not closed on its line");
        assertThat(hint(0)).contains("end the text with the same quote");
        assertThat(problems("title: Fine\nmetrics:\n  - {id: views, label: 'Views of it, value: 10}\n  - {id: b, value: 2}\n"))
                .singleElement().asString().startsWith("4:24: error: the quote that starts here is not closed");
        // quotes closed on their line, an apostrophe in plain text and '' inside '...' are not taken for it
        assertThat(YamlParser.unclosedQuote("title: \"A \\\"quoted\\\" word\"\nsummary: Women's rights\nx: 'it''s'\n", 10)).isEmpty();
    }

    @Test
    void aSlugTooLongForAFolderNameIsSaidToBeTooLong() throws Exception {
        assertThat(problems("title: T\nslug: " + "𠀀".repeat(70) + "\n")).singleElement().asString()
                .startsWith("3:7: error: slug is too long: at most 80 letters");
        assertThat(problems("title: T\nslug: " + "a".repeat(81) + "\n")).singleElement().asString()
                .startsWith("3:7: error: slug is too long");
        assertThat(problems("title: T\nslug: " + "a".repeat(80) + "\n")).isEmpty();
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsAMistakeWhereTheTextStarts() throws Exception {
        assertThat(problems("title: \"Pets\\x1b after divorce\"\nsummary: \"\\0\"\n")).containsExactly(
                "2:8: error: the text holds the character U+001B (written as an escape), which a web page cannot show",
                "3:10: error: the text holds the character U+0000 (written as an escape), which a web page cannot show");
        assertThat(problems("title: \"Tab\\tand line\\nbreak, 中文 and emoji 🎉\"\n")).isEmpty();
        assertThat(problems("title: T\nchannels: [\"\\u202EKoTkiT\", Weibo]\n")).singleElement().asString()
                .startsWith("3:12: error: the text holds the invisible character U+202E");
    }

    @Test
    void aFigureWithAPointAndThreeDigitsIsAskedToBeWrittenPlainly() throws Exception {
        assertThat(problems("title: T\nmetrics:\n  - {id: views, label: Views, value: 1.000}\n"))
                .anySatisfy(p -> assertThat(p).startsWith("4:38: error: metrics[1].value \"1.000\" could be read as a thousand"));
        assertThat(loaded.problems().all()).anySatisfy(p -> assertThat(p.hint()).contains("1000 or 1,000 for a thousand"));
    }

    @Test
    void theQuoteBlamedIsTheOneLeftOpenNotValidTextInQuotesOrInBlockText() throws Exception {
        // a text in quotes over two lines, closed, and a quote inside block text are fine; the mistake is the list
        assertThat(problems("title: T\nsummary: \"A clip about pets\n  and who keeps them\"\nobjective: |\n  Say \"hello\n"
                + "channels: [TikTok\n")).noneMatch(p -> p.contains("quote that starts here"));
        // a quote left open in a flow list, after an emoji
        assertThat(problems("title: T\nchannels: [TikTok, \"Weibo]\nsummary: x\n")).singleElement().asString()
                .startsWith("3:20: error: the quote that starts here is not closed");
        assertThat(problems("title: T\nquotes: [{by: 😀😀, text: \"unclosed}]\nsummary: x\n")).singleElement().asString()
                .startsWith("3:25: error: the quote that starts here is not closed");
        // a quote left open that YAML closes further down, by chance, on a later value
        assertThat(problems("title: \"Voices for change\nsummary: A report\ncountry: \"CN\"\n")).singleElement().asString()
                .startsWith("2:8: error: the quote that starts here is not closed on its line, so YAML read the lines below"
                        + " as part of the text up to line 4");
    }

    @Test
    void aThemeOrChannelWithNoVisibleCharacterIsAMistake() throws Exception {
        assertThat(problems("title: T\nthemes: [health, \"\\u200B\"]\nchannels: [\"\\uFE0F \"]\n")).containsExactly(
                "3:18: error: themes holds a name with no visible character",
                "4:12: error: channels holds a name with no visible character");
    }

    @Test
    void anEmptyTitleIsNamedAsSuch() throws Exception {
        assertThat(problems("title:\n")).containsExactly("2:7: error: title is empty");
    }

    @Test
    void emptyFrontMatterLacksATitle() throws Exception {
        assertThat(problems("")).containsExactly("1:1: error: title is missing");
    }

    @Test
    void noFrontMatterIsExplained() throws Exception {
        Fixtures.withCaseStudy(root, "t", "# Just Markdown\n");
        loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly(PREFIX + "1:1: error: a case study must start with front matter:"
                + " a line ---, then keys such as title:, then another line ---");
    }

    @Test
    void anUnclosedFrontMatterIsExplained() throws Exception {
        Fixtures.withCaseStudy(root, "t", "---\ntitle: T\nStory without the closing line.\n");
        assertThat(Fixtures.load(root).headlines())
                .containsExactly(PREFIX + "1:1: error: the front matter that starts here is never closed");
    }

    @Test
    void theFrontMatterMustBeKeys() throws Exception {
        assertThat(problems("- a\n- b\n")).containsExactly("2:1: error: the YAML must be a group of \"key: value\" lines, got a list");
    }

    @Test
    void unknownAndDuplicateKeys() throws Exception {
        assertThat(problems("titel: T\ntitle: T\ntitle: U\nSDGs: [5]\n")).containsExactly(
                "2:1: error: unknown key \"titel\"",
                "4:1: error: title is given twice (first on line 3)",
                "5:1: error: unknown key \"SDGs\"");
        assertThat(hint(0)).isEqualTo("did you mean `title`?");
        assertThat(hint(2)).isEqualTo("did you mean `sdgs`?");
    }

    @Test
    void anUnknownKeyFarFromAnyShowsTheKnownKeys() throws Exception {
        assertThat(problems("title: T\ncampaign:\n  budget: 5\n")).containsExactly("4:3: error: unknown key \"budget\" in campaign");
        assertThat(hint(0)).isEqualTo("the keys of campaign are: name, objective, audience");
    }

    @Test
    void wrongShapes() throws Exception {
        assertThat(problems("title: [a, b]\npartners: {a: 1}\nmetrics: views\n")).containsExactly(
                "2:8: error: title must be text, got a list",
                "3:11: error: partners must be a list, got a group of keys",
                "4:10: error: metrics must be a list, got \"views\"");
    }

    @Test
    void listsAcceptASingleValue() throws Exception {
        assertThat(problems("title: T\npartners: EuropeAid\nsdgs: 5\nchannels: [TikTok, TikTok, ~]\n")).isEmpty();
        assertThat(only().partners()).containsExactly("EuropeAid");
        assertThat(only().sdgs()).containsExactly(5);
        assertThat(only().channels()).containsExactly("TikTok");
    }

    @Test
    void slugsDefaultToTheFileNameAndMustBeSafe() throws Exception {
        assertThat(problems("title: T\n")).isEmpty();
        assertThat(only().slug()).isEqualTo("t");
        for (String bad : List.of("../etc", "a/b", "with space", "UPPER", "-edge", "a.b")) {
            assertThat(problems("title: T\nslug: \"" + bad + "\"\n")).as(bad).singleElement()
                    .satisfies(p -> assertThat(p).startsWith("3:7: error: slug can only hold lower-case letters"));
        }
        assertThat(problems("title: T\nslug: 离婚-宠物-2020\n")).isEmpty();
        assertThat(only().slug()).isEqualTo("离婚-宠物-2020");
    }

    @Test
    void countryCodesAreCheckedAndUpperCased() throws Exception {
        assertThat(problems("title: T\ncountry: ke\n")).isEmpty();
        assertThat(only().country()).isEqualTo("KE");
        assertThat(problems("title: T\ncountry: XX\n")).containsExactly(
                "3:10: error: country must be a two-letter ISO 3166-1 code, got \"XX\"");
        assertThat(problems("title: T\ncountry: Netherlands\n")).hasSize(1);
        assertThat(hint(0)).isEqualTo("write country: NL");
    }

    @Test
    void periods() throws Exception {
        assertThat(problems("title: T\nperiod: 2019/2021-06\n")).isEmpty();
        assertThat(only().period()).isEqualTo(new Period(PartialDate.ofYear(2019), PartialDate.ofMonth(2021, 6)));
        assertThat(problems("title: T\nperiod: 2018\n")).isEmpty();
        assertThat(only().period()).isEqualTo(Period.of(PartialDate.ofYear(2018)));
        assertThat(problems("title: T\nperiod: 2021-06-10\n")).isEmpty();
        assertThat(only().period().start()).isEqualTo(PartialDate.ofDay(2021, 6, 10));
        assertThat(problems("title: T\nperiod: {start: 2019-11}\n")).containsExactly("3:9: error: period.end is missing");
        assertThat(problems("title: T\nperiod:\n  start: 2019\n  end: 2019-13\n")).containsExactly(
                "5:8: error: period.end is not a real date: 2019-13 (there is no month 13; months go from 01 to 12)");
        assertThat(problems("title: T\nperiod: {start: 2020-03, finish: 2020}\n")).contains(
                "3:26: error: unknown key \"finish\" in period");
    }

    @Test
    void sdgsAreOneToSeventeen() throws Exception {
        assertThat(problems("title: T\nsdgs: [0, 5, \"16\", x]\n")).containsExactly(
                "3:8: error: sdgs[1] must be a whole number from 1 to 17, got \"0\"",
                "3:20: error: sdgs[4] must be a whole number from 1 to 17, got \"x\"");
        assertThat(only().sdgs()).containsExactly(5, 16);
    }

    @Test
    void metricsNeedIdLabelAndValueOrSeries() throws Exception {
        assertThat(problems("title: T\nmetrics:\n  - value: 5\n  - id: followers_gained\n    label: F\n    value: 1\n"
                + "  - id: x\n    label: X\n")).containsExactly(
                "4:5: error: metrics[1].id is missing",
                "4:5: error: metrics[1].label is missing",
                "5:9: error: metrics[2].id must use only letters, digits and hyphens, got \"followers_gained\"",
                "8:5: error: metrics[3] has neither a value nor a series");
        assertThat(hint(2)).isEqualTo("write it as id: followers-gained");
    }

    @Test
    void qualifiersComeFromTheValueOrTheirOwnKey() throws Exception {
        String sources = "sources: [{id: s, title: S}]\n";
        assertThat(problems("title: T\n" + sources + "metrics:\n  - id: a\n    label: A\n    source: s\n    value: almost 50 billion\n"
                + "  - id: b\n    label: B\n    source: s\n    value: 7\n    qualifier: At Least\n")).isEmpty();
        assertThat(only().metric("a").orElseThrow().qualifier()).isEqualTo(Qualifier.ALMOST);
        assertThat(only().metric("a").orElseThrow().value()).isEqualTo(new BigDecimal("50000000000"));
        assertThat(only().metric("b").orElseThrow().qualifier()).isEqualTo(Qualifier.AT_LEAST);

        assertThat(problems("title: T\n" + sources + "metrics:\n  - id: a\n    label: A\n    source: s\n"
                + "    value: about 5\n    qualifier: more than\n  - id: b\n    label: B\n    source: s\n    value: 5\n"
                + "    qualifier: abuot\n")).containsExactly(
                "9:16: error: metrics[1].qualifier says \"more than\" but the value says \"about\"",
                "14:16: error: metrics[2].qualifier must be more than, almost, about or at least, got \"abuot\"");
        assertThat(hint(1)).isEqualTo("did you mean `about`?");
    }

    @Test
    void aBaselineKeepsItsQualifierAndContextIsAMetricsLevelOnly() throws Exception {
        assertThat(problems("title: T\nsources: [{id: s, title: S}]\nmetrics:\n  - id: a\n    label: A\n    source: s\n"
                + "    value: more than 30,000\n    baseline: about 1,000\n  - id: b\n    label: B\n    source: s\n"
                + "    value: 400 billion\n    level: context\n    unit: \"US$\"\noutcomes:\n  - text: X\n    level: context\n"))
                .containsExactly("15:11: warning: the unit \"US$\" looks like a currency: money is written as an ISO 4217 "
                                + "code, so that amounts in different currencies are never added as one",
                        "18:12: error: outcomes[1].level cannot be context: an outcome is a result of the campaign");
        assertThat(hint(0)).isEqualTo("write unit: USD");
        assertThat(only().metrics().get(0).baselineQualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(only().metrics().get(0).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only().metrics().get(1).isContext()).isTrue();
    }

    @Test
    void valuesAreCountsBaselinesAndTargetsPlainNumbers() throws Exception {
        assertThat(problems("title: T\nsources: [{id: s, title: S}]\nmetrics:\n  - id: a\n    label: A\n    source: s\n"
                + "    value: -5\n    baseline: about 3\n    target: true\n")).containsExactly(
                "8:12: error: metrics[1].value cannot be negative, got \"-5\"",
                "10:13: error: metrics[1].target must be a number, got \"true\"");
    }

    @Test
    void metricsWithoutSourcesGiveWarnings() throws Exception {
        assertThat(problems("title: T\nmetrics:\n  - id: a\n    label: A\n    value: 1\n  - id: b\n    label: B\n"
                + "    value: 2\n")).containsExactly(
                "4:5: warning: metric \"a\" does not say where its figure comes from",
                "7:5: warning: metric \"b\" does not say where its figure comes from");
        assertThat(hint(0)).startsWith("add a sources list");
        assertThat(loaded.problems().hasErrors()).isFalse();
        assertThat(only().metrics()).hasSize(2);
    }

    @Test
    void sourcesNeedUniqueIdsAndWebLinks() throws Exception {
        assertThat(problems("title: T\nsources:\n  - id: a\n    title: A\n    url: www.example.org\n"
                + "  - id: a\n    title: B\n  - title: C\n")).containsExactly(
                "6:10: error: sources[1].url \"www.example.org\" is not a full web address",
                "7:9: error: sources[2].id \"a\" is used twice in sources (first on line 4)",
                "9:5: error: sources[3].id is missing");
    }

    @Test
    void outcomesDefaultToTheOutcomeLevel() throws Exception {
        assertThat(problems("title: T\noutcomes:\n  - text: Lawyers were found.\n  - level: impact\n")).containsExactly(
                "5:5: error: outcomes[2].text is missing");
        assertThat(only().outcomes()).singleElement().satisfies(o -> assertThat(o.level().id()).isEqualTo("outcome"));
    }

    @Test
    void awardsAndQuotes() throws Exception {
        assertThat(problems("title: T\nawards:\n  - title: Best PSA\n    year: eighteen\n    url: http://example.org/award\n"
                + "quotes:\n  - by: Someone\n")).containsExactly(
                "5:11: error: awards[1].year must be a whole number from 1000 to 9999, got \"eighteen\"",
                "8:5: error: quotes[1].text is missing");
    }

    @Test
    void chartsMustNameMetricsAndSuitThem() throws Exception {
        String metrics = "sources: [{id: s, title: S}]\nmetrics:\n"
                + "  - {id: views, label: V, value: 1M, unit: views, source: s}\n"
                + "  - {id: people, label: P, value: 36, unit: people, source: s}\n"
                + "  - {id: grown, label: G, series: [{date: 2020, value: 1}], unit: views, source: s}\n";
        assertThat(problems("title: T\n" + metrics + "charts:\n"
                + "  - type: bar\n    metrics: [views, people]\n"
                + "  - type: line\n    metrics: [grown, views]\n"
                + "  - type: progress\n    metrics: [views]\n"
                + "  - type: before-after\n    metrics: [people]\n"
                + "  - type: funnel\n    metrics: [views]\n"
                + "  - type: share\n"
                + "  - type: share\n    metrics: []\n")).containsExactly(
                "10:14: error: charts[1] mixes the units people, views: different units never share one axis",
                "12:22: error: charts[2] is a line chart, but metric \"views\" has no series",
                "14:15: error: charts[3] shows progress, but metric \"views\" has no target",
                "16:15: error: charts[4] shows before and after, but metric \"people\" has no baseline and value",
                "18:14: error: charts[5] is a funnel with one stage",
                "19:5: error: charts[6].metrics is missing: a chart needs the ids of the metrics it draws");
        assertThat(hint(0)).isEqualTo("split it into one chart per unit");
        assertThat(only().charts()).hasSize(5);
    }
}
