package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.impactsite.format.Bundles;
import org.impactsite.model.CaseStudy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.impactsite.model.Qualifier;

class ChartWordsTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ms"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) {
        Map<String, String> english = Bundles.under(Bundles.CHART, Bundles.themeBundle("messages"));
        Map<String, String> other = Bundles.under(Bundles.CHART, Bundles.themeBundle("messages_" + language));
        assertThat(other.keySet()).isEqualTo(english.keySet());
        english.forEach((key, pattern) -> assertThat(placeholders(other.get(key))).as(language + " " + key)
                .isEqualTo(placeholders(pattern)));
    }

    /** The English phrases of the sentences: the text between placeholders, of more than one word. */
    private static List<String> englishPhrases() {
        List<String> phrases = new ArrayList<>();
        for (String pattern : Bundles.under(Bundles.CHART, Bundles.themeBundle("messages")).values()) {
            for (String piece : PLACEHOLDER.split(pattern)) {
                String p = piece.strip();
                if (p.matches(".*[a-z]{2,}.*") && p.contains(" ")) {
                    phrases.add(p);
                }
            }
        }
        return phrases;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "ms"})
    void chartsInAnotherLanguageWriteNoEnglishPhraseAndTheirOwnHeaders(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        ChartWords words = ChartWords.of(locale);
        List<RenderedChart> charts = new ArrayList<>(new ChartMaker(locale).forCaseStudy(ChartSamples.showcase()));
        charts.addAll(new ChartMaker(locale).forPortfolio(TestProjects.project(List.of(ChartSamples.showcase(), Fixtures.pets()))));
        assertThat(charts).hasSizeGreaterThan(8);
        List<String> english = englishPhrases();
        assertThat(english).contains("is the largest, followed by", "rose from", "of the target of");
        for (RenderedChart c : charts) {
            String text = String.join("\n", c.title(), c.description(), String.join("\n", c.table().headers()),
                    String.join("\n", c.notes()), c.svg());
            for (String phrase : english) {
                assertThat(text).as(c.id() + " in " + tag).doesNotContain(phrase);
            }
        }
        assertThat(charts).flatMap(c -> c.table().headers()).contains(words.metric, words.value);
        assertThat(words.metric).isNotEqualTo(ChartWords.ENGLISH.metric);
    }

    @Test
    void dateLabelsOfAChineseLineChartDoNotRunIntoEachOther() {
        CaseStudy cs = Fixtures.caseStudy("weibo", "Weibo", List.of(Fixtures.series("f", "粉丝", "followers",
                "2011-02=30000", "2011-06=900000", "2011-11=2700000")), List.of());
        RenderedChart line = new ChartMaker(Locale.SIMPLIFIED_CHINESE).forCaseStudy(cs).get(0);
        Matcher m = Pattern.compile("<text x='([0-9.]+)'[^>]*font-size='14px'[^>]*>([^<]*[年月])</text>").matcher(line.svg());
        List<double[]> labels = new ArrayList<>();
        while (m.find()) {
            String text = m.group(2);
            // at 14 px a Chinese character is 14 px wide, a digit about 8.9
            double width = text.chars().mapToDouble(c -> c > 0x2e80 ? 14 : 8.9).sum();
            labels.add(new double[] {Double.parseDouble(m.group(1)), width});
        }
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i)[0] - labels.get(i - 1)[0]).as("room for label " + i)
                    .isGreaterThan(labels.get(i - 1)[1] + 4);
        }
    }

    @Test
    void chineseSentencesReadAsChineseAroundTheFiguresAndNames() {
        ChartWords zh = ChartWords.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.change("微博粉丝", 1, "1,000", "3万", "+2,900%")).isEqualTo("微博粉丝从1,000增至3万（+2,900%）。");
        assertThat(zh.ranking(List.of(zh.ranked("观看", "100万"), zh.ranked("点赞", "5万"), zh.ranked("转发", "1万"))))
                .isEqualTo("观看（100万）最大，其次是点赞（5万）和转发（1万）。");
        assertThat(zh.awards(12, "2015", "2021", "2018", 5)).isEqualTo("2015年至2021年获得12个奖项，其中2018年最多（5个）。");
        assertThat(zh.qualified(Qualifier.MORE_THAN, "100万")).isEqualTo("超过100万");
        assertThat(ChartWords.of(Locale.forLanguageTag("fr")).metric).as("a language without words is English")
                .isEqualTo("Metric");
    }
}
