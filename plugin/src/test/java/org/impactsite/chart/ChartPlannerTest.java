package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.impactsite.chart.Fixtures.beforeAfter;
import static org.impactsite.chart.Fixtures.caseStudy;
import static org.impactsite.chart.Fixtures.plain;
import static org.impactsite.chart.Fixtures.progress;
import static org.impactsite.chart.Fixtures.series;
import static org.impactsite.chart.Fixtures.spec;

import java.util.List;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.junit.jupiter.api.Test;

class ChartPlannerTest {

    private static List<ChartPlan> chosen(Metric... metrics) {
        return ChartPlanner.plan(caseStudy("cs", "Case", List.of(metrics), List.of()));
    }

    @Test
    void aSeriesGetsALine() {
        assertThat(chosen(series("f", "Followers", "followers", "2020-01=1", "2020-02=2")))
                .extracting(ChartPlan::type, ChartPlan::title)
                .containsExactly(tuple(ChartType.LINE, "Followers"));
    }

    @Test
    void aSeriesOfOnePointIsNoLine() {
        assertThat(chosen(series("f", "Followers", "followers", "2020-01=1"))).isEmpty();
    }

    @Test
    void aBaselineGetsBeforeAndAfterEvenWithATarget() {
        assertThat(chosen(beforeAfter("f", "TikTok followers", "1500", "4073", "5000")))
                .extracting(ChartPlan::type, ChartPlan::title)
                .containsExactly(tuple(ChartType.BEFORE_AFTER, "TikTok followers: before and after"));
    }

    @Test
    void aTargetGetsProgress() {
        assertThat(chosen(progress("t", "Journalists trained", "84", "120", "people")))
                .extracting(ChartPlan::type).containsExactly(ChartType.PROGRESS);
    }

    @Test
    void aZeroTargetGetsNoProgress() {
        assertThat(chosen(progress("t", "Journalists trained", "84", "0", "people"))).isEmpty();
    }

    @Test
    void plainMetricsOfOneUnitShareABarChart() {
        List<ChartPlan> plans = chosen(
                plain("a", "Views on TikTok", "1000000", "views"),
                plain("b", "Referrals", "36", "people"),
                plain("c", "Views on Weibo", "384000", "Views "));
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).type()).isEqualTo(ChartType.BAR);
        assertThat(plans.get(0).title()).isEqualTo("Views");
        assertThat(plans.get(0).metrics()).extracting(Metric::id).containsExactly("a", "c");
    }

    @Test
    void unitsNeverShareAnAxis() {
        List<ChartPlan> plans = chosen(
                plain("a", "Views", "1000000", "views"),
                plain("b", "Shares", "500", "shares"),
                plain("c", "Views 2", "3000", "views"),
                plain("d", "Shares 2", "700", "shares"));
        assertThat(plans).extracting(ChartPlan::title).containsExactly("Views", "Shares");
        assertThat(plans.get(1).metrics()).extracting(Metric::id).containsExactly("b", "d");
    }

    @Test
    void aLonePlainMetricOrOneWithoutUnitGetsNoChart() {
        assertThat(chosen(plain("a", "Views", "1000000", "views"))).isEmpty();
        assertThat(chosen(plain("a", "Views", "1000000", null), plain("b", "Shares", "5", null))).isEmpty();
    }

    @Test
    void chosenChartsFollowTheMetricsOrder() {
        List<ChartPlan> plans = chosen(
                plain("a", "Views", "1000000", "views"),
                beforeAfter("f", "Followers", "1", "2", null),
                plain("c", "Views 2", "3000", "views"),
                series("s", "Series", "x", "2020=1", "2021=2"));
        assertThat(plans).extracting(ChartPlan::type)
                .containsExactly(ChartType.BAR, ChartType.BEFORE_AFTER, ChartType.LINE);
    }

    @Test
    void declaredChartsReplaceChosenOnesAndSkipUnknownIds() {
        List<ChartPlan> plans = ChartPlanner.plan(caseStudy("cs", "Case", List.of(
                plain("a", "Views", "1000000", "views"),
                plain("b", "Views 2", "3000", "views"),
                series("s", "Series", "x", "2020=1", "2021=2")),
                List.of(spec(ChartType.BAR, "Engagement", "b", "nope", "a", "b"))));
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).title()).isEqualTo("Engagement");
        assertThat(plans.get(0).metrics()).extracting(Metric::id).containsExactly("b", "a");
    }

    @Test
    void aDeclaredChartMixingUnitsIsSplitPerUnit() {
        List<ChartPlan> plans = ChartPlanner.plan(caseStudy("cs", "Case", List.of(
                plain("a", "Views", "1000000", "views"),
                plain("b", "Comments", "3000", "comments"),
                plain("c", "Views 2", "3000", "views")),
                List.of(spec(ChartType.BAR, "Engagement", "a", "b", "c"))));
        assertThat(plans).extracting(ChartPlan::title).containsExactly("Engagement (views)", "Engagement (comments)");
        assertThat(plans.get(0).metrics()).extracting(Metric::id).containsExactly("a", "c");
    }

    @Test
    void aFunnelKeepsItsStepsTogetherAcrossUnits() {
        List<ChartPlan> plans = ChartPlanner.plan(caseStudy("cs", "Case", List.of(
                plain("a", "Views", "1000000", "views"),
                plain("b", "Clicks", "3000", "clicks")),
                List.of(spec(ChartType.FUNNEL, null, "a", "b"))));
        assertThat(plans).extracting(ChartPlan::title).containsExactly("From Views to Clicks");
        assertThat(plans.get(0).metrics()).hasSize(2);
    }

    @Test
    void declaredChartsLeaveOutMetricsTheyCannotDraw() {
        List<ChartPlan> plans = ChartPlanner.plan(caseStudy("cs", "Case", List.of(
                plain("a", "Views", "1000000", "views"),
                series("s", "Series", "x", "2020=1", "2021=2")),
                List.of(spec(ChartType.LINE, null, "a", "s"), spec(ChartType.BEFORE_AFTER, null, "a"),
                        spec(ChartType.PROGRESS, null, "a"))));
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).metrics()).extracting(Metric::id).containsExactly("s");
    }

    @Test
    void contextFiguresAreNeverChosenForAChartBesideResults() {
        // the platform's 400 billion views would otherwise share a bar chart with the clip's million
        List<ChartPlan> plans = chosen(
                Fixtures.context("hashtag", "Views of the hashtag worldwide", "400000000000", "views", null, null),
                plain("clip", "Views of the clip", "1000000", "views"),
                plain("weibo", "Views on Weibo", "384000", "views"));
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).metrics()).extracting(Metric::id).containsExactly("clip", "weibo");
        assertThat(chosen(Fixtures.context("women", "Women who suffered violence", "30", "%", null, null),
                plain("clip", "Views of the clip", "1000000", "views"))).isEmpty();
    }
}
