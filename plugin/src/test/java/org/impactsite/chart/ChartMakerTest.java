package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impactsite.chart.Fixtures.beforeAfter;
import static org.impactsite.chart.Fixtures.caseStudy;
import static org.impactsite.chart.Fixtures.plain;
import static org.impactsite.chart.Fixtures.progress;
import static org.impactsite.chart.Fixtures.series;
import static org.impactsite.chart.Fixtures.spec;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.impactsite.format.DateFormats;

class ChartMakerTest {

    private final ChartMaker maker = new ChartMaker(Locale.ENGLISH);

    private static RenderedChart only(List<RenderedChart> charts) {
        assertThat(charts).hasSize(1);
        return charts.get(0);
    }

    @Test
    void everyTypeIsAnAccessibleScalableSvg() {
        List<RenderedChart> charts = maker.forCaseStudy(ChartSamples.showcase());
        assertThat(charts).extracting(RenderedChart::type).contains(ChartType.values());
        for (RenderedChart c : charts) {
            Document doc = Svg.parse(c.svg());
            Element svg = doc.getDocumentElement();
            assertThat(c.svg()).startsWith("<svg ").doesNotContain("<?xml");
            assertThat(svg.getLocalName()).isEqualTo("svg");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("viewBox")).matches("0 0 640 \\d+");
            assertThat(Svg.parse(c.narrowSvg()).getDocumentElement().getAttribute("viewBox")).matches("0 0 300 \\d+");
            assertThat(svg.hasAttribute("width")).isFalse();
            assertThat(svg.hasAttribute("height")).isFalse();
            Node title = firstElement(svg);
            Node desc = nextElement(title);
            assertThat(title.getLocalName()).isEqualTo("title");
            assertThat(desc.getLocalName()).isEqualTo("desc");
            assertThat(title.getTextContent()).isEqualTo(c.title());
            assertThat(desc.getTextContent()).isEqualTo(c.description());
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(
                    ((Element) title).getAttribute("id") + " " + ((Element) desc).getAttribute("id"));
            assertThat(c.description()).isNotBlank();
            assertThat(c.table().rows()).isNotEmpty();
            assertThat(c.table().caption()).isEqualTo(c.title());
            assertThat(c.svg()).as("glyphs drawn as outlines").doesNotContainPattern("d='[^']*(?:[QC][^']*){9}'");
            assertThat(Svg.texts(doc)).isNotEmpty();
            assertThat(c.svg()).as("no inline style: the page's policy forbids it").doesNotContain("style=");
            assertThat(c.svg()).contains("fill='rgb(");
        }
    }

    @Test
    void styleDeclarationsBecomePresentationAttributes() {
        assertThat(SvgWriter.presentationAttributes(
                "<text style='fill: rgb(1,2,3); font-family: \"Segoe UI\", sans-serif; font-size: 13px;'>x</text>"))
                .isEqualTo("<text fill='rgb(1,2,3)' font-family='\"Segoe UI\", sans-serif' font-size='13px'>x</text>");
        assertThatThrownBy(() -> SvgWriter.presentationAttributes("<g style='filter: url(#x)'/>"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fullOpacityAndTheChartsFontAreLeftToTheirDefaultAndToTheSvgElement() {
        assertThat(SvgWriter.presentationAttributes("<text style='fill: rgb(1,2,3); fill-opacity: 1.0; font-family: "
                + Theme.FONT_STACK.replace("'", "") + "; font-size: 13px;'>x</text><line style='stroke-opacity: 1.0; "
                + "stroke-width: 2.0; fill-opacity: 0.5'/>"))
                .isEqualTo("<text fill='rgb(1,2,3)' font-size='13px'>x</text><line stroke-width='2.0' fill-opacity='0.5'/>");
        RenderedChart chart = new ChartMaker(Locale.ENGLISH).forCaseStudy(Fixtures.pets()).get(0);
        assertThat(chart.svg()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains(" font-family='" + Theme.FONT_STACK + "'").doesNotContain("opacity='1.0'");
        assertThat(chart.svg().split("font-family=", -1)).as("the font named once").hasSize(2);
    }

    @Test
    void aSeriesFromTheFirstToTheLastWritableYearDrawsWithoutLabellingTheMarginYears() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("l", "L", List.of(
                series("a", "Followers", "followers", "0001=1", "9999=2")), List.of())));
        assertThat(c.svg()).contains("<svg").doesNotContain(">-");
    }

    @Test
    void severalSeriesShareALineChartWithALegend() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("l", "L", List.of(
                series("a", "Followers on Weibo", "followers", "2020-01=100", "2020-06=300"),
                series("b", "Followers on TikTok", "followers", "2020-03=50", "2020-06=250")),
                List.of(spec(ChartType.LINE, null, "a", "b")))));
        assertThat(c.title()).isEqualTo("Followers on Weibo and Followers on TikTok");
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("Followers on Weibo", "Followers on TikTok");
        assertThat(c.table().rows()).containsExactly(
                List.of("January 2020", "100", ""), List.of("March 2020", "", "50"),
                List.of("June 2020", "300", "250"));
    }

    @Test
    void longLabelsGetHorizontalBars() {
        Figures f = new Figures(Locale.ENGLISH, new DateFormats(Locale.ENGLISH));
        Theme theme = new Theme("#b0306a");
        ChartPlan shortLabels = new ChartPlan(ChartType.BAR, "V", List.of(
                plain("a", "TikTok", "5", "views"), plain("b", "Weibo", "6", "views")));
        ChartPlan longLabels = new ChartPlan(ChartType.BAR, "V", List.of(
                plain("a", "Views of the clip on TikTok", "5", "views"), plain("b", "Weibo", "6", "views")));
        assertThat(BarChart.draw(shortLabels, f, theme).chart().getCategoryPlot().getOrientation())
                .isEqualTo(org.jfree.chart.plot.PlotOrientation.VERTICAL);
        Drawing horizontal = BarChart.draw(longLabels, f, theme);
        assertThat(horizontal.chart().getCategoryPlot().getOrientation())
                .isEqualTo(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        assertThat(horizontal.height()).isLessThan(Drawing.HEIGHT);
    }

    @Test
    void chineseLabelsAreMeasuredInThePluginsChineseFontSoTheyAreCutToFit() {
        Theme latin = new Theme("#1d6fa5");
        assertThat(latin.measuredIn()).isEqualTo("DejaVu Sans");
        assertThat(latin.measuring(List.of("Views", "\u0645\u064a\u0627\u0647")).measuredIn()).isEqualTo("DejaVu Sans");
        Theme chinese = latin.measuring(List.of("Views", "\u4e61\u6751\u4f9b\u6c34\u70b9"));
        assertThat(chinese.measuredIn()).isEqualTo("WenQuanYi Micro Hei");
        String label = "\u4e61\u6751\u4f9b\u6c34\u70b9\u6e05\u6d01\u6c34".repeat(6);
        CaseStudy cs = caseStudy("c", "C", List.of(plain("a", label, "1200", "people"), plain("b", "\u5b66\u6821", "300", "people")),
                List.of(spec(ChartType.BAR, "Reach", "a", "b")));
        Document doc = Svg.parse(only(maker.forCaseStudy(cs)).narrowSvg());
        NodeList texts = doc.getElementsByTagName("text");
        boolean cut = false;
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            double x = Double.parseDouble(t.getAttribute("x"));
            Font font = "bold".equals(t.getAttribute("font-weight")) ? chinese.value() : chinese.label();
            assertThat(x + Charts.width(t.getTextContent(), font)).as(t.getTextContent()).isLessThanOrEqualTo(300);
            cut |= t.getTextContent().endsWith("\u2026");
        }
        assertThat(cut).as("the long Chinese label is cut to the width").isTrue();
    }

    @Test
    void aNarrowChartWritesItsLabelsAboveTheBarsAndKeepsEveryTextInside() {
        CaseStudy cs = caseStudy("c", "C", List.of(
                plain("a", "Views of the clip about custody of pets after a divorce", "1000000", "views", null,
                        Qualifier.MORE_THAN),
                plain("b", "Views of the livestream", "384000", "views")),
                List.of(spec(ChartType.BAR, "Views", "a", "b")));
        RenderedChart c = only(maker.forCaseStudy(cs));
        Document doc = Svg.parse(c.narrowSvg());
        NodeList texts = doc.getElementsByTagName("text");
        double labelX = -1;
        double labelY = -1;
        double valueY = -1;
        Theme theme = new Theme("#1d6fa5");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            double x = Double.parseDouble(t.getAttribute("x"));
            Font font = "bold".equals(t.getAttribute("font-weight")) ? theme.value() : theme.label();
            assertThat(x + Charts.width(t.getTextContent(), font)).as(t.getTextContent()).isLessThanOrEqualTo(300);
            assertThat(x).as(t.getTextContent()).isGreaterThanOrEqualTo(0);
            if (t.getTextContent().startsWith("Views of the clip")) {
                labelX = x;
                labelY = Double.parseDouble(t.getAttribute("y"));
                assertThat(t.getTextContent()).as("cut to the width, whole in the data table").endsWith("\u2026");
            }
            if (t.getTextContent().startsWith("more than 1")) {
                valueY = Double.parseDouble(t.getAttribute("y"));
            }
        }
        assertThat(labelX).as("label starts where the bars do").isBetween(0.0, 20.0);
        assertThat(valueY).as("the qualifier stays with the figure").isPositive();
        assertThat(labelY).as("label above its bar").isLessThan(valueY - 10);
        assertThat(c.table().rows()).anySatisfy(r -> assertThat(r.get(0))
                .isEqualTo("Views of the clip about custody of pets after a divorce"));
    }

    @Test
    void idsCountFromOne() {
        assertThat(maker.forCaseStudy(ChartSamples.showcase())).extracting(RenderedChart::id)
                .startsWith("chart-1", "chart-2", "chart-3");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        CaseStudy cs = ChartSamples.showcase();
        List<String> first = maker.forCaseStudy(cs).stream().map(RenderedChart::svg).toList();
        List<String> second = new ChartMaker(Locale.ENGLISH).forCaseStudy(cs).stream().map(RenderedChart::svg).toList();
        assertThat(second).isEqualTo(first);
        assertThat(String.join("", first)).doesNotContainPattern("_\\d{6,}");
    }

    @Test
    void noTwoChartsOnAPageShareAnId() {
        List<RenderedChart> page = new ArrayList<>(maker.forCaseStudy(ChartSamples.showcase()));
        page.addAll(maker.forCaseStudy(Fixtures.pets()));
        page.addAll(maker.forPortfolio(ChartSamples.portfolio()));
        Set<String> seen = new HashSet<>();
        for (RenderedChart c : page) {
            for (String id : Svg.ids(Svg.parse(c.svg()))) {
                assertThat(id).startsWith(c.id() + "-");
                assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
            }
        }
        assertThat(seen).contains("chart-1-showcase-title", "chart-1-justice4her-pets-desc", "portfolio-1-title");
    }

    @Test
    void userTextIsEscaped() {
        String evil = "<script>alert(1)</script> & \"Tom's\" \u0007";
        CaseStudy cs = caseStudy("x", "X", List.of(
                plain("a", evil, "1000", "views"), plain("b", "B & C", "2000", "views")),
                List.of(spec(ChartType.BAR, evil, "a", "b")));
        RenderedChart c = only(maker.forCaseStudy(cs));
        assertThat(c.svg()).doesNotContain("<script").contains("&lt;script&gt;");
        Document doc = Svg.parse(c.svg());
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("<script>alert(1)</script> & \"Tom's\"  ");
        assertThat(Svg.texts(doc)).contains("B & C");
    }

    @Test
    void textStaysText() {
        CaseStudy cs = caseStudy("zh", "微博", List.of(
                plain("a", "视频观看次数", "1000000", "views"), plain("b", "微博观看次数", "384000", "views")),
                List.of(spec(ChartType.BAR, "微博观看", "a", "b")));
        RenderedChart c = only(new ChartMaker(Locale.forLanguageTag("zh-CN")).forCaseStudy(cs));
        Document doc = Svg.parse(c.svg());
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("微博观看");
        assertThat(Svg.texts(doc)).contains("视频观看次数", "微博观看次数", "100万", "38.4万");
    }

    @Test
    void beforeAndAfterShowsTheChangeEverywhere() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("f", "F",
                List.of(beforeAfter("followers", "TikTok followers", "1500", "4073", "5000")), List.of())));
        assertThat(c.type()).isEqualTo(ChartType.BEFORE_AFTER);
        assertThat(c.description()).isEqualTo("TikTok followers rose from 1,500 to 4,073 (+171.5%). The target is 5,000.");
        assertThat(c.table().headers()).containsExactly("Metric", "Before", "After", "Change", "Target");
        assertThat(c.table().rows()).containsExactly(List.of("TikTok followers", "1,500", "4,073", "+171.5%", "5,000"));
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("Change: +171.5%", "1,500", "4,073", "Target: 5,000");
    }

    @Test
    void aChangeBetweenFiguresThatAreNotExactKeepsTheirQualifiersAndIsRough() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("f", "F", List.of(Fixtures.beforeAfter("followers",
                "Followers", Qualifier.ABOUT, "1000", Qualifier.MORE_THAN, "30000")), List.of())));
        assertThat(c.description()).isEqualTo("Followers rose from about 1,000 to more than 30,000 (about 30 times).");
        assertThat(c.table().rows()).containsExactly(
                List.of("Followers", "about 1,000", "more than 30,000", "about 30 times"));
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("Change: about 30 times", "about 1,000", "more than 30K")
                .noneMatch(t -> t.contains("2,900") || t.contains("%"));
    }

    @Test
    void aSmallChangeOfApproximateFiguresIsAWholePercentage() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("f", "F", List.of(
                Fixtures.beforeAfter("a", "Volunteers", null, "1000", Qualifier.ABOUT, "1437"),
                Fixtures.beforeAfter("b", "Members", Qualifier.ABOUT, "800", null, "801")),
                List.of(spec(ChartType.BEFORE_AFTER, "Growth", "a", "b")))));
        assertThat(c.table().rows()).containsExactly(
                List.of("Volunteers", "1,000", "about 1,437", "about +44%"),
                List.of("Members", "about 800", "801", ""));
        assertThat(c.description()).isEqualTo("Volunteers rose from 1,000 to about 1,437 (about +44%). "
                + "Members rose from about 800 to 801.");
    }

    @Test
    void aSeriesGivenAsAboutStaysAboutPointByPoint() {
        Metric about = new Metric("f", "Followers", null, Qualifier.ABOUT, "followers", null, null, null, null, null,
                null, series("x", "x", "followers", "2020-01=1000", "2021-01=5000").series(), null);
        RenderedChart c = only(maker.forCaseStudy(caseStudy("f", "F", List.of(about), List.of())));
        assertThat(c.description()).isEqualTo("Followers grew from about 1,000 in January 2020 to about 5,000 in January 2021.");
        assertThat(c.table().rows()).extracting(r -> r.get(1)).containsExactly("about 1,000", "about 5,000");
    }

    @Test
    void aFallIsSaidSo() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("f", "F",
                List.of(beforeAfter("f", "Complaints", "200", "150", null)), List.of())));
        assertThat(c.description()).isEqualTo("Complaints fell from 200 to 150 (-25%).");
    }

    @Test
    void progressAgainstTheTarget() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("p", "P",
                List.of(progress("t", "Journalists trained", "84", "120", "people")), List.of())));
        assertThat(c.description()).isEqualTo("Journalists trained reached 84 of the target of 120 (70%).");
        assertThat(c.table().rows()).containsExactly(List.of("Journalists trained", "84", "120", "70%"));
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("84 of 120 (70%)");
    }

    @Test
    void aLineOverManyOrdersOfMagnitudeIsLogarithmic() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("w", "W", List.of(
                series("wf", "Weibo followers", "followers", "2011-02=1000", "2015-06=250000", "2021-06=2700000")),
                List.of())));
        assertThat(c.type()).isEqualTo(ChartType.LINE);
        assertThat(c.notes()).containsExactly(ChartWords.ENGLISH.logNote);
        assertThat(c.description()).startsWith(
                "Weibo followers grew from 1,000 in February 2011 to 2.7 million in June 2021.")
                .contains("logarithmic");
        List<String> texts = Svg.texts(Svg.parse(c.svg()));
        assertThat(texts).contains("1,000", "10K", "100K", "1M");
        assertThat(texts.stream().filter(t -> t.matches("20\\d\\d"))).as("year ticks").hasSizeGreaterThanOrEqualTo(4);
        assertThat(c.table().headers()).containsExactly("Date", "Weibo followers");
        assertThat(c.table().rows()).first().isEqualTo(List.of("February 2011", "1,000"));
    }

    @Test
    void aLineWithinTwoOrdersOfMagnitudeIsLinear() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("w", "W", List.of(
                series("v", "Monthly visits", "visits", "2020-01=120", "2020-02=3000", "2020-03=11000")),
                List.of())));
        assertThat(c.notes()).isEmpty();
        assertThat(c.description()).doesNotContain("logarithmic");
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("Jan 2020", "Mar 2020", "0");
    }

    @Test
    void aDeclaredLineOfOnePointStillDraws() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("w", "W", List.of(
                series("v", "Visits", "visits", "2020-05=900")), List.of(spec(ChartType.LINE, null, "v")))));
        assertThat(c.description()).isEqualTo("Visits: 900 in May 2020.");
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("900");
    }

    @Test
    void aLineSaysWhereItPeaked() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("w", "W", List.of(
                series("v", "Visits", "visits", "2019=100", "2020=900", "2021=400")), List.of())));
        assertThat(c.description()).isEqualTo("Visits grew from 100 in 2019 to 400 in 2021. It peaked at 900 in 2020.");
    }

    @Test
    void barsKeepQualifiersInTheTableAndRankInTheDescription() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("b", "B", List.of(
                plain("a", "Views on Weibo", "384000", "views"),
                plain("b", "Views of the clip", "1000000", "views", "TikTok", Qualifier.MORE_THAN)), List.of())));
        assertThat(c.table().headers()).containsExactly("Metric", "Views");
        assertThat(c.table().rows()).containsExactly(
                List.of("Views on Weibo", "384,000"), List.of("Views of the clip", "more than 1,000,000"));
        assertThat(c.description()).isEqualTo(
                "Views of the clip (more than 1 million) is the largest, followed by Views on Weibo (384,000).");
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("384K", "more than 1M");
    }

    @Test
    void aFunnelGivesTheConversionOfEachStep() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("f", "F", List.of(
                plain("v", "Views", "1000000", "views"), plain("c", "Clicks", "18000", "clicks"),
                plain("r", "Referrals", "36", "people")), List.of(spec(ChartType.FUNNEL, null, "v", "c", "r")))));
        assertThat(c.table().headers()).containsExactly("Step", "Value", "Share of the previous step",
                "Share of the first step");
        assertThat(c.table().rows()).containsExactly(
                List.of("Views", "1,000,000", "", ""),
                List.of("Clicks", "18,000", "1.8%", "1.8%"),
                List.of("Referrals", "36", "0.2%", "<0.1%"));
        assertThat(c.description()).isEqualTo("From Views (1 million) to Referrals (36), <0.1% of the first step.");
    }

    @Test
    void aShareGivesPartsOfTheWhole() {
        RenderedChart c = only(maker.forCaseStudy(caseStudy("s", "S", List.of(
                plain("t", "TikTok", "1200000", "views"), plain("w", "Weibo", "600000", "views"),
                plain("y", "YouTube", "200000", "views")), List.of(spec(ChartType.SHARE, null, "t", "w", "y")))));
        assertThat(c.title()).isEqualTo("Share of views");
        assertThat(c.table().rows()).containsExactly(
                List.of("TikTok", "1,200,000", "60%"), List.of("Weibo", "600,000", "30%"),
                List.of("YouTube", "200,000", "10%"), List.of("Total", "2,000,000", "100%"));
        assertThat(c.description()).isEqualTo("TikTok makes up the largest share: 60% (1.2 million) of a total of 2 million.");
        assertThat(Svg.texts(Svg.parse(c.svg()))).contains("60% (1.2M)");
    }

    @Test
    void aShareOfNothingIsLeftOut() {
        assertThat(maker.forCaseStudy(caseStudy("s", "S", List.of(
                plain("t", "TikTok", "0", "views"), plain("w", "Weibo", "0", "views")),
                List.of(spec(ChartType.SHARE, null, "t", "w"))))).isEmpty();
    }

    @Test
    void aStoryHasNoCharts() {
        assertThat(maker.forCaseStudy(caseStudy("s", "S", List.of(), List.of()))).isEmpty();
    }

    @Test
    void theAccentMustBeAColour() {
        assertThatThrownBy(() -> new ChartMaker(Locale.ENGLISH, "pink"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("accent must be #rrggbb, got pink");
    }

    @Test
    void aPaleAccentIsDarkenedUntilBarsStandOut() {
        Theme pale = new Theme("#ffe0f0");
        assertThat(Theme.contrast(pale.accent(), Theme.BACKGROUND)).isGreaterThanOrEqualTo(3.0);
        assertThat(Theme.hex(new Theme("#b0306a").accent())).isEqualTo("#b0306a");
    }

    private static Node firstElement(Node parent) {
        Node n = parent.getFirstChild();
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getNextSibling();
        }
        return n;
    }

    private static Node nextElement(Node node) {
        Node n = node.getNextSibling();
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getNextSibling();
        }
        return n;
    }
}
