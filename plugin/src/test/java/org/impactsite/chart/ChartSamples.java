package org.impactsite.chart;

import static org.impactsite.chart.Fixtures.beforeAfter;
import static org.impactsite.chart.Fixtures.caseStudy;
import static org.impactsite.chart.Fixtures.plain;
import static org.impactsite.chart.Fixtures.progress;
import static org.impactsite.chart.Fixtures.series;
import static org.impactsite.chart.Fixtures.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartType;
import org.impactsite.model.Project;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * The case studies the chart tests draw, and a tool (not part of the suite: its name does not
 * end in Test) that writes one chart of every kind to {@code target/chart-samples/}, with an
 * HTML page showing them beside their descriptions and tables, to be looked at in a browser:
 * {@code mvn -B -f plugin test -Dtest=ChartSamples -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ChartSamples {

    static CaseStudy showcase() {
        return caseStudy("showcase", "Every kind of chart", List.of(
                plain("views", "Views of the clip", "1000000", "views", "TikTok", Qualifier.MORE_THAN),
                plain("comments", "Comments", "12400", "interactions"),
                plain("reposts", "Reposts", "3100", "interactions"),
                plain("likes", "Likes", "48200", "interactions"),
                plain("clicks", "Clicks to the legal help page", "18000", "clicks"),
                plain("chats", "Chats with a lawyer", "420", "people"),
                plain("referrals", "Referred to pro-bono lawyers", "36", "people"),
                beforeAfter("followers", "TikTok followers", "1500", "4073", "5000"),
                beforeAfter("weibo-f", "Weibo followers", "1200000", "2700000", null),
                progress("trained", "Journalists trained", "84", "120", "people"),
                progress("schools", "Schools reached", "57", "50", "schools"),
                series("weibo-followers", "Followers on Weibo", "followers",
                        "2011-02=1000", "2012-06=25000", "2014-01=310000", "2016-09=980000",
                        "2019-03=2100000", "2021-06=2700000"),
                series("monthly", "Monthly visits", "visits",
                        "2020-01=12000", "2020-02=15500", "2020-03=14100", "2020-04=21000", "2020-05=26800",
                        "2020-06=24100", "2020-07=30500", "2020-08=36000"),
                plain("tiktok", "TikTok", "1200000", "views"),
                plain("weibo", "Weibo", "540000", "views"),
                plain("youtube", "YouTube", "160000", "views")),
                List.of(
                        spec(ChartType.BAR, "Engagement with the clip", "comments", "reposts", "likes"),
                        spec(ChartType.BEFORE_AFTER, "Followers before and after", "followers"),
                        spec(ChartType.BEFORE_AFTER, "Followers on both platforms", "followers", "weibo-f"),
                        spec(ChartType.PROGRESS, null, "trained", "schools"),
                        spec(ChartType.PROGRESS, null, "followers"),
                        spec(ChartType.LINE, null, "weibo-followers"),
                        spec(ChartType.LINE, null, "monthly"),
                        spec(ChartType.FUNNEL, "From views to lawyers", "views", "clicks", "chats", "referrals"),
                        spec(ChartType.SHARE, "Views by platform", "tiktok", "weibo", "youtube"),
                        spec(ChartType.BAR, "Views by platform, short labels", "tiktok", "weibo", "youtube")),
                List.of(), List.of());
    }

    static Project portfolio() {
        List<CaseStudy> all = List.of(
                Fixtures.pets(),
                caseStudy("unicef-weibo", "Children's rights on Weibo", List.of(
                        plain("impressions", "Impressions", "15300000", "impressions", "Weibo", Qualifier.ABOUT)),
                        List.of(), List.of("Weibo"),
                        List.of(new Award("Gold", "A", 2016, null, null, null), new Award("Silver", "B", 2018, null,
                                null, null))),
                caseStudy("silence-hurts", "Your silence may contribute to violence (Silence Hurts)", List.of(
                        plain("views", "Views", "2700000", "views", "YouTube", null),
                        plain("views2", "Views on TikTok", "530000", "views", "TikTok", null)),
                        List.of(), List.of(),
                        List.of(new Award("Best Creative PSA Video", "Shanghai", 2018, null, "winner", null),
                                new Award("Shortlist", "Cannes", 2019, null, null, null),
                                new Award("Bronze", "Spikes", 2018, null, null, null))),
                caseStudy("story", "A story without figures", List.of(), List.of(), List.of(), List.of()));
        return TestProjects.project(all);
    }

    @Test
    void writesSamples() throws IOException {
        Path dir = Path.of("target", "chart-samples");
        Files.createDirectories(dir);
        List<RenderedChart> charts = new ArrayList<>();
        charts.addAll(new ChartMaker(Locale.ENGLISH).forCaseStudy(showcase()));
        charts.addAll(new ChartMaker(Locale.ENGLISH).forCaseStudy(Fixtures.pets()));
        charts.addAll(new ChartMaker(Locale.ENGLISH, "#1d6fa5").forPortfolio(portfolio()));
        charts.addAll(new ChartMaker(Locale.forLanguageTag("zh-CN")).forCaseStudy(caseStudy("zh", "微博",
                List.of(series("f", "微博粉丝", "followers", "2011-02=1000", "2015-06=250000", "2021-06=2700000"),
                        plain("a", "视频观看次数", "1000000", "views"), plain("b", "微博观看次数", "384000", "views")),
                List.of())));
        charts.addAll(new ChartMaker(Locale.ENGLISH).forCaseStudy(caseStudy("daily", "Daily", List.of(
                series("a", "Sign-ups on the website during the launch week", "people", "2021-06-01=120",
                        "2021-06-02=340", "2021-06-03=310", "2021-06-05=720", "2021-06-08=905", "2021-06-12=1210"),
                series("b", "Sign-ups by text message", "people", "2021-06-01=80", "2021-06-04=260",
                        "2021-06-12=640")),
                List.of(spec(ChartType.LINE, "Sign-ups in June", "a", "b")))));
        List<CaseStudy> many = new ArrayList<>();
        for (int k = 1; k <= 11; k++) {
            many.add(caseStudy("cs-" + k, "Campaign number " + k + " with a rather long descriptive title", List.of(
                    plain("v", "Views", Integer.toString(k * k * 37_000), "views", "YouTube", null)),
                    List.of(), List.of(), List.of()));
        }
        charts.addAll(new ChartMaker(Locale.ENGLISH, "#2f7d32").forPortfolio(TestProjects.project(many)));
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Charts</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2em auto;color:#1f2933}"
                + "svg{width:100%;height:auto;display:block;border:1px solid #eee}figure{margin:0 0 3em}"
                + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:2px 6px}</style>");
        int i = 0;
        for (RenderedChart c : charts) {
            i++;
            String name = String.format("%02d-%s-%s.svg", i, c.type().id(), c.id());
            Files.writeString(dir.resolve(name), c.svg(), StandardCharsets.UTF_8);
            html.append("<figure><h2>").append(SvgWriter.escape(c.title())).append("</h2>").append(c.svg())
                    .append("<figcaption><p>").append(SvgWriter.escape(c.description())).append("</p>");
            for (String note : c.notes()) {
                html.append("<p><em>").append(SvgWriter.escape(note)).append("</em></p>");
            }
            html.append("<table><tr>");
            c.table().headers().forEach(h -> html.append("<th>").append(SvgWriter.escape(h)).append("</th>"));
            html.append("</tr>");
            for (List<String> row : c.table().rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(SvgWriter.escape(cell)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table></figcaption></figure>");
        }
        Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
        System.out.println("chart samples: " + dir.resolve("index.html").toAbsolutePath());
    }
}
