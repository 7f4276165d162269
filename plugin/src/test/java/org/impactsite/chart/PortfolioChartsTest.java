package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactsite.chart.Fixtures.caseStudy;
import static org.impactsite.chart.Fixtures.plain;

import java.util.List;
import java.util.Locale;
import org.impactsite.model.Award;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.impactsite.model.CaseStudy;

class PortfolioChartsTest {

    private final ChartMaker maker = new ChartMaker(Locale.ENGLISH);

    @Test
    void threeChartsInOrder() {
        List<RenderedChart> charts = maker.forPortfolio(ChartSamples.portfolio());
        assertThat(charts).extracting(RenderedChart::id).containsExactly("portfolio-1", "portfolio-2", "portfolio-3");
        assertThat(charts).extracting(RenderedChart::title)
                .containsExactly("Views by case study", "Views by channel", "Awards by year");
    }

    @Test
    void reachComparesOneUnitAndSaysWhoIsLeftOut() {
        RenderedChart reach = maker.forPortfolio(ChartSamples.portfolio()).get(0);
        assertThat(reach.table().headers()).containsExactly("Case study", "Metric", "Value", "Unit");
        // two case studies count views, one impressions: views are compared, impressions are not beside them
        assertThat(reach.table().rows()).containsExactly(
                List.of("Your silence may contribute to violence (Silence Hurts)", "Views", "2,700,000", "views"),
                List.of("Custody of pets after divorce", "Views of the clip", "more than 1,000,000", "views"));
        assertThat(reach.description()).startsWith(
                "Your silence may contribute to violence (Silence Hurts) (2.7 million views) is the largest");
        assertThat(reach.notes()).containsExactly("Not shown: 1 case study that counts impressions, not views.");
        assertThat(reach.svg()).doesNotContain("Children's rights");
    }

    @Test
    void contextFiguresNeverEnterThePortfolioCharts() {
        List<RenderedChart> charts = maker.forPortfolio(TestProjects.project(List.of(
                caseStudy("kindness", "CreateKindness", List.of(
                        Fixtures.context("hashtag", "Views of the hashtag worldwide", "400000000000", "views", "TikTok",
                                Qualifier.MORE_THAN),
                        plain("clip", "Views of the clip", "1000000", "views", "TikTok", Qualifier.MORE_THAN)),
                        List.of()),
                caseStudy("radio", "Radio", List.of(plain("v", "Views", "5000", "views", "TikTok", null),
                        plain("w", "Views", "700", "views", "Weibo", null)), List.of()))));
        RenderedChart reach = charts.get(0);
        assertThat(reach.table().rows()).containsExactly(
                List.of("CreateKindness", "Views of the clip", "more than 1,000,000", "views"),
                List.of("Radio", "Views", "5,000", "views"));
        assertThat(charts.get(1).table().rows()).containsExactly(List.of("TikTok", "at least 1,005,000", "2"),
                List.of("Weibo", "700", "1"));
        assertThat(reach.svg() + charts.get(1).svg() + reach.description() + charts.get(1).description())
                .doesNotContain("400").doesNotContain("hashtag");
    }

    @Test
    void aPortfolioOfContextOnlyHasNoReachChart() {
        assertThat(maker.forPortfolio(TestProjects.project(List.of(caseStudy("k", "K", List.of(
                Fixtures.context("hashtag", "Hashtag views", "400000000000", "views", "TikTok", null)), List.of())))))
                .isEmpty();
    }

    @Test
    void channelSumsKeepTheQualifierTheirPartsAllow() {
        RenderedChart channels = maker.forPortfolio(TestProjects.project(List.of(
                caseStudy("a", "A", List.of(plain("v", "Views", "1000000", "views", "TikTok", Qualifier.MORE_THAN),
                        plain("w", "Views", "200", "views", "Weibo", Qualifier.ABOUT),
                        plain("x", "Views", "70", "views", "Douyin", null)), List.of()),
                caseStudy("b", "B", List.of(plain("v", "Views", "1000", "views", "TikTok", Qualifier.MORE_THAN),
                        plain("w", "Views", "30", "views", "Weibo", Qualifier.MORE_THAN),
                        plain("x", "Views", "5", "views", "Douyin", null)), List.of())))).get(1);
        assertThat(channels.table().rows()).containsExactly(
                List.of("TikTok", "more than 1,001,000", "2"),
                List.of("Weibo", "about 230", "2"),
                List.of("Douyin", "75", "2"));
        assertThat(channels.svg()).contains("more than 1M");
        assertThat(channels.description()).startsWith("TikTok (more than 1 million) is the largest");
    }

    @Test
    void aPartIsNotAddedAgainOnAChannelWhereItsWholeCounts() {
        RenderedChart channels = maker.forPortfolio(TestProjects.project(List.of(
                caseStudy("festival", "Festival", List.of(plain("v", "Views", "50000", "views", "TikTok", null)),
                        List.of()),
                Fixtures.partOf("festival", caseStudy("clip", "Clip of the festival", List.of(
                        plain("v", "Views", "20000", "views", "TikTok", null),
                        plain("w", "Views", "900", "views", "Weibo", null)), List.of())),
                caseStudy("other", "Other", List.of(plain("v", "Views", "1000", "views", "TikTok", null)),
                        List.of())))).get(1);
        // the clip's TikTok views are inside the festival's; its Weibo views are counted nowhere else
        assertThat(channels.table().rows()).containsExactly(
                List.of("TikTok", "51,000", "2"), List.of("Weibo", "900", "1"));
        assertThat(channels.notes()).contains(
                "1 figure of a case study that is part of another is counted in its whole, not again.");
    }

    @Test
    void reachOfALargePortfolioShowsTheLargestOnly() {
        List<CaseStudy> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(caseStudy("cs-" + i, "Case " + i, List.of(plain("v", "Views", Integer.toString(i * 1000), "views",
                    "TikTok", null)), List.of()));
        }
        RenderedChart reach = maker.forPortfolio(TestProjects.project(many)).get(0);
        assertThat(reach.title()).isEqualTo("Views by case study: the 15 largest of 40");
        assertThat(reach.table().rows()).hasSize(PortfolioCharts.REACH_BARS);
        assertThat(reach.table().rows().get(0)).containsExactly("Case 40", "Views", "40,000", "views");
        assertThat(reach.table().rows().get(14).get(0)).isEqualTo("Case 26");
        assertThat(reach.svg()).contains("Case 26").doesNotContain("Case 25<");
        assertThat(reach.description()).startsWith("Case 40 (40,000 views) is the largest");
    }

    @Test
    void awardCountsAreWrittenWithThousandsSeparators() {
        assertThat(ChartWords.ENGLISH.awards(1000, "2015", "2023", "2016", 1112))
                .isEqualTo("1,000 awards from 2015 to 2023, most of them (1,112) in 2016.");
        assertThat(ChartWords.ENGLISH.awards(1, "2015", "2015", null, 1)).isEqualTo("1 award in 2015.");
    }

    @Test
    void viewsByChannelCountEachCaseStudyOncePerChannel() {
        RenderedChart channels = maker.forPortfolio(TestProjects.project(List.of(
                caseStudy("a", "A", List.of(
                        plain("v1", "Views", "1000", "views", "TikTok", null),
                        plain("v2", "Views of one clip", "400", "views", "TikTok", null),
                        plain("v3", "Views", "50", "views", null, null)), List.of(), List.of("Weibo"), List.of()),
                caseStudy("b", "B", List.of(
                        plain("v", "Views", "300", "views", "tiktok", Qualifier.ABOUT),
                        plain("i", "Impressions", "9000", "impressions", "Weibo", null)), List.of())))).get(1);
        assertThat(channels.title()).isEqualTo("Views by channel");
        assertThat(channels.table().rows()).containsExactly(
                List.of("TikTok", "about 1,300", "2"), List.of("Weibo", "50", "1"));
        assertThat(channels.notes()).containsExactly(
                "Each case study counts once per channel, with its largest figure in views.");
    }

    @Test
    void awardsPerYearWithEmptyYearsShown() {
        RenderedChart awards = maker.forPortfolio(ChartSamples.portfolio()).get(2);
        assertThat(awards.table().rows()).containsExactly(
                List.of("2016", "1"), List.of("2017", "0"), List.of("2018", "3"), List.of("2019", "1"));
        assertThat(awards.description()).isEqualTo("5 awards from 2016 to 2019, most of them (3) in 2018.");
    }

    @Test
    void aPortfolioChartOfOneBarIsLeftOut() {
        // one award, one case study counting views, one channel: three numbers, not three charts
        List<RenderedChart> charts = maker.forPortfolio(TestProjects.project(List.of(caseStudy("a", "A", List.of(
                plain("v", "Views", "1000", "views", "TikTok", null)), List.of(), List.of(),
                List.of(new Award("Gold", null, 2018, null, null, null))))));
        assertThat(charts).isEmpty();
    }

    @Test
    void awardCountsHaveWholeNumberTicks() {
        RenderedChart awards = maker.forPortfolio(TestProjects.project(List.of(caseStudy("a", "A", List.of(),
                List.of(), List.of(), List.of(new Award("Gold", null, 2018, null, null, null),
                        new Award("Silver", null, 2018, null, null, null), new Award("Bronze", null, 2019, null, null, null))))))
                .get(0);
        assertThat(awards.title()).isEqualTo("Awards by year");
        assertThat(Svg.texts(Svg.parse(awards.svg()))).contains("0", "1", "2")
                .noneMatch(t -> t.matches("\\d+\\.\\d+"));
    }

    @Test
    void chartsWithoutDataAreLeftOut() {
        assertThat(maker.forPortfolio(TestProjects.project(List.of(caseStudy("a", "A", List.of(
                plain("r", "Referrals", "36", "people")), List.of()))))).isEmpty();
    }
}
