package org.impactsite.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.CaseStudyBuilder;
import org.impactsite.model.ChartSpec;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Qualifier;
import org.impactsite.model.SeriesPoint;
import org.impactsite.model.Level;

/** Case studies and metrics for chart tests, built in code. */
final class Fixtures {

    private Fixtures() {
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    static Metric plain(String id, String label, String value, String unit) {
        return new Metric(id, label, n(value), null, unit, null, null, null, null, null, null, List.of(), null);
    }

    static Metric plain(String id, String label, String value, String unit, String channel, Qualifier q) {
        return new Metric(id, label, n(value), q, unit, null, channel, null, null, null, null, List.of(), null);
    }

    static Metric beforeAfter(String id, String label, String baseline, String value, String target) {
        return new Metric(id, label, n(value), null, "followers", null, null, null, null, n(baseline),
                target == null ? null : n(target), List.of(), null);
    }

    /** A before/after whose figures carry qualifiers (null for exact). */
    static Metric beforeAfter(String id, String label, Qualifier baselineQualifier, String baseline, Qualifier q,
            String value) {
        return new Metric(id, label, n(value), q, "followers", null, null, null, null, n(baseline), null, List.of(),
                null, baselineQualifier);
    }

    /** A figure that describes the platform or the problem, not the campaign's result. */
    static Metric context(String id, String label, String value, String unit, String channel, Qualifier q) {
        return new Metric(id, label, n(value), q, unit, Level.CONTEXT, channel, null, null, null,
                null, List.of(), null);
    }

    /** A case study that is part of {@code whole} (an event of a campaign). */
    static CaseStudy partOf(String whole, CaseStudy cs) {
        return CaseStudyBuilder.from(cs).partOf(whole).build();
    }

    static Metric progress(String id, String label, String value, String target, String unit) {
        return new Metric(id, label, n(value), null, unit, null, null, null, null, null, n(target), List.of(), null);
    }

    /** Points as "2011-02=1000". */
    static Metric series(String id, String label, String unit, String... points) {
        List<SeriesPoint> ps = new ArrayList<>();
        for (String p : points) {
            String[] kv = p.split("=");
            String[] ymd = kv[0].split("-");
            PartialDate d = switch (ymd.length) {
                case 1 -> PartialDate.ofYear(Integer.parseInt(ymd[0]));
                case 2 -> PartialDate.ofMonth(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]));
                default -> PartialDate.ofDay(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]),
                        Integer.parseInt(ymd[2]));
            };
            ps.add(new SeriesPoint(d, n(kv[1])));
        }
        return new Metric(id, label, null, null, unit, null, null, null, null, null, null, ps, null);
    }

    static ChartSpec spec(ChartType type, String title, String... ids) {
        return new ChartSpec(type, title, List.of(ids));
    }

    static CaseStudy caseStudy(String slug, String title, List<Metric> metrics, List<ChartSpec> charts) {
        return caseStudy(slug, title, metrics, charts, List.of(), List.of());
    }

    static CaseStudy caseStudy(String slug, String title, List<Metric> metrics, List<ChartSpec> charts,
            List<String> channels, List<Award> awards) {
        return CaseStudyBuilder.of(slug, title).channels(channels).metrics(metrics).awards(awards).charts(charts).build();
    }

    /** The case study of the specification: a clip on TikTok and followers on Weibo. */
    static CaseStudy pets() {
        return caseStudy("justice4her-pets", "Custody of pets after divorce", List.of(
                plain("views", "Views of the clip", "1000000", "views", "TikTok", Qualifier.MORE_THAN),
                beforeAfter("followers", "TikTok followers", "1500", "4073", "5000"),
                series("weibo-followers", "Followers on Weibo", "followers",
                        "2011-02=1000", "2012-06=25000", "2014-01=310000", "2016-09=980000",
                        "2019-03=2100000", "2021-06=2700000"),
                plain("weibo-views", "Views on Weibo", "384000", "views", "Weibo", null),
                plain("referrals", "Viewers referred to lawyers", "36", "people", null, null)),
                List.of(), List.of("TikTok", "Weibo"), List.of());
    }
}
