package org.impactsite.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.impactsite.figures.Headline;
import org.impactsite.figures.Headlines;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Currencies;
import org.impactsite.model.Metric;
import org.impactsite.model.Outcome;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;
import org.impactsite.model.Project;
import org.impactsite.model.Quote;
import org.impactsite.model.SeriesPoint;
import org.impactsite.model.SiteConfig;
import org.impactsite.model.Source;
import org.impactsite.portfolio.Addresses;

/**
 * The figures of a report as data: JSON with numbers as numbers and dates in ISO 8601 (a year
 * {@code 2020}, a month {@code 2020-09}, a day {@code 2020-09-01}), and CSV in long form, one
 * row per figure: a metric's value, and each point of its series.
 */
final class OpenData {

    static final List<String> CSV_COLUMNS = List.of("case_study", "case_study_title", "metric_id", "label", "value",
            "qualifier", "unit", "level", "channel", "date", "baseline", "target", "source_id", "source_title",
            "source_url", "headline", "counted", "from");

    private OpenData() {
    }

    static String caseStudyJson(CaseStudy cs, SiteConfig site) {
        return Json.write(caseStudy(cs, site));
    }

    static String caseStudyCsv(CaseStudy cs) {
        Csv csv = new Csv(CSV_COLUMNS);
        rows(cs, csv);
        return csv.text();
    }

    /** @param caseStudyJsons each case study's {@link #caseStudyJson}, in the project's order */
    static String portfolioJson(Project project, List<String> caseStudyJsons) {
        SiteConfig site = project.site();
        return Json.write(Json.obj()
                .put("title", site.title())
                .put("organization", site.organization())
                .put("baseUrl", site.baseUrl().isEmpty() ? null : site.baseUrl())
                .put("language", site.language())
                .put("headlines", headlines(project).stream().map(h -> (Object) headline(h)).toList())
                .put("caseStudies", caseStudyJsons.stream().map(t -> (Object) new Json.Written(t)).toList()));
    }

    /** The home page's totals, as {@link Headlines} adds them. */
    static List<Headline> headlines(Project project) {
        return Headlines.totals(Headlines.of(project.site().highlights(), project.caseStudies(),
                project.site().currencies()));
    }

    /** A name for a headline total in data files: its metric id, and its unit when it has one. */
    static String headlineId(Headline h) {
        return h.unit().isEmpty() ? h.metric() : h.metric() + " " + h.unit();
    }

    private static Json.Obj headline(Headline h) {
        Currencies c = h.converted();
        return Json.obj()
                .put("id", headlineId(h))
                .put("metric", h.metric())
                .put("label", h.label())
                .put("unit", h.unit().isEmpty() ? null : h.unit())
                .put("total", h.total())
                .put("qualifier", h.qualifier() == null ? null : h.qualifier().words())
                .put("caseStudies", h.count())
                .put("converted", c == null ? null : Json.obj().put("base", c.base()).put("source", c.source())
                        .put("date", c.date().iso()).put("rates", c.rates().entrySet().stream()
                                .map(e -> (Object) Json.obj().put("currency", e.getKey()).put("rate", e.getValue())).toList()))
                .put("parts", h.parts().stream().map(p -> (Object) Json.obj()
                        .put("caseStudy", p.caseStudy().slug())
                        .put("metric", p.metric().id())
                        .put("label", p.metric().label())
                        .put("value", p.value())
                        .put("qualifier", words(p.metric()))
                        .put("date", iso(p.metric().latestDate()))
                        .put("source", p.metric().sourceId())
                        .put("original", p.rate() == null ? null : Json.obj().put("value", p.metric().latest())
                                .put("unit", p.metric().unit().strip()).put("rate", p.rate()))).toList())
                .put("notAdded", h.leftOut().stream().map(l -> (Object) Json.obj()
                        .put("caseStudy", l.caseStudy().slug())
                        .put("metric", l.metric().id())
                        .put("label", l.metric().label())
                        .put("value", l.metric().latest())
                        .put("qualifier", words(l.metric()))
                        .put("unit", l.metric().unit())
                        .put("reason", l.reason().key())
                        .put("countedIn", l.whole() == null ? null : l.whole().slug())).toList());
    }

    private static String words(Metric m) {
        return m.qualifier() == null ? null : m.qualifier().words();
    }

    static String portfolioJson(Project project) {
        return portfolioJson(project, project.caseStudies().stream().map(cs -> caseStudyJson(cs, project.site())).toList());
    }

    /** @param caseStudyCsvs each case study's {@link #caseStudyCsv}, in the project's order: their rows under one header */
    /**
     * Their rows under one header, then each headline total of the home page: a row with
     * {@code counted} "total", and one row per figure of its metric id, {@code counted} "yes" for
     * the figures it adds (their sum is the total) and "no: " and the reason for the others.
     */
    static String portfolioCsv(List<String> caseStudyCsvs, List<Headline> headlines) {
        String header = new Csv(CSV_COLUMNS).text();
        StringBuilder all = new StringBuilder(header);
        for (String csv : caseStudyCsvs) {
            if (!csv.startsWith(header)) {
                throw new IllegalArgumentException("not a case study's data.csv");
            }
            all.append(csv, header.length(), csv.length());
        }
        Csv totals = new Csv(CSV_COLUMNS);
        for (Headline h : headlines) {
            String id = headlineId(h);
            List<String> total = new ArrayList<>(java.util.Collections.nCopies(CSV_COLUMNS.size(), ""));
            total.set(2, h.metric());
            total.set(3, h.label() == null ? "" : h.label());
            total.set(4, Json.number(h.total()));
            total.set(5, h.qualifier() == null ? "" : h.qualifier().words());
            total.set(6, h.unit());
            total.set(15, id);
            total.set(16, "total" + (h.converted() == null ? "" : ", converted into " + h.converted().base()
                    + " at rates from " + h.converted().source() + ", " + h.converted().date().iso()));
            totals.row(total);
            for (Headline.Part p : h.parts()) {
                List<String> r = row(p.caseStudy(), p.metric(), p.value(), p.metric().latestDate(), source(p.caseStudy(), p.metric()),
                        p.metric().value() == null);
                r.set(6, h.unit());
                r.set(15, id);
                r.set(16, p.rate() == null ? "yes" : "yes, converted from " + Json.number(p.metric().latest()) + " "
                        + p.metric().unit().strip() + " at " + p.rate().toPlainString());
                totals.row(r);
            }
            for (Headline.LeftOut l : h.leftOut()) {
                List<String> r = row(l.caseStudy(), l.metric(), l.metric().latest(), l.metric().latestDate(),
                        source(l.caseStudy(), l.metric()), l.metric().value() == null);
                r.set(15, id);
                r.set(16, "no: " + l.reason().words() + (l.whole() == null ? "" : " " + l.whole().slug()));
                totals.row(r);
            }
        }
        String rows = totals.text();
        all.append(rows, header.length(), rows.length());
        return all.toString();
    }

    static String portfolioCsv(Project project) {
        return portfolioCsv(project.caseStudies().stream().map(OpenData::caseStudyCsv).toList(), headlines(project));
    }

    private static Source source(CaseStudy cs, Metric m) {
        return m.sourceId() == null ? null : cs.source(m.sourceId()).orElse(null);
    }

    private static Json.Obj caseStudy(CaseStudy cs, SiteConfig site) {
        String page = Addresses.caseStudy(cs.slug());
        return Json.obj()
                .put("slug", cs.slug())
                .put("title", cs.title())
                .put("summary", cs.summary())
                .put("organization", cs.organization())
                .put("partners", Json.list(cs.partners()))
                .put("country", cs.country())
                .put("period", period(cs.period()))
                .put("channels", Json.list(cs.channels()))
                .put("themes", Json.list(cs.themes()))
                .put("sdgs", Json.list(cs.sdgs()))
                .put("campaign", cs.campaign().isEmpty() ? null : Json.obj()
                        .put("name", cs.campaign().name())
                        .put("objective", cs.campaign().objective())
                        .put("audience", cs.campaign().audience()))
                .put("page", site.baseUrl().isEmpty() ? page : Addresses.absolute(site.baseUrl(), page))
                .put("metrics", cs.metrics().stream().map(m -> (Object) metric(m)).toList())
                .put("outcomes", cs.outcomes().stream().map(o -> (Object) outcome(o)).toList())
                .put("awards", cs.awards().stream().map(a -> (Object) award(a)).toList())
                .put("quotes", cs.quotes().stream().map(q -> (Object) quote(q)).toList())
                .put("sources", cs.sources().stream().map(s -> (Object) source(s)).toList());
    }

    private static Json.Obj metric(Metric m) {
        return Json.obj()
                .put("id", m.id())
                .put("label", m.label())
                .put("value", m.value())
                .put("qualifier", m.qualifier() == null ? null : m.qualifier().words())
                .put("unit", m.unit())
                .put("level", m.level() == null ? null : m.level().id())
                .put("channel", m.channel())
                .put("date", iso(m.date()))
                .put("baseline", m.baseline())
                .put("baselineQualifier", m.baselineQualifier() == null ? null : m.baselineQualifier().words())
                .put("target", m.target())
                .put("source", m.sourceId())
                .put("note", m.note())
                .put("series", m.series().stream()
                        .map(p -> (Object) Json.obj().put("date", p.date().iso()).put("value", p.value())).toList())
                .put("seriesFrom", m.origin())
                .put("valueFrom", m.valueOrigin());
    }

    private static Json.Obj outcome(Outcome o) {
        return Json.obj().put("text", o.text()).put("level", o.level().id()).put("metric", o.metricId());
    }

    private static Json.Obj award(Award a) {
        return Json.obj().put("title", a.title()).put("by", a.by()).put("year", a.year()).put("work", a.work())
                .put("rank", a.rank()).put("url", a.url());
    }

    private static Json.Obj quote(Quote q) {
        return Json.obj().put("text", q.text()).put("by", q.by()).put("role", q.role());
    }

    private static Json.Obj source(Source s) {
        return Json.obj().put("id", s.id()).put("title", s.title()).put("publisher", s.publisher())
                .put("url", s.url()).put("date", iso(s.date()));
    }

    private static Json.Obj period(Period p) {
        return p == null ? null : Json.obj().put("start", p.start().iso()).put("end", p.end().iso());
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }

    private static void rows(CaseStudy cs, Csv csv) {
        Map<String, Source> sources = cs.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        for (Metric m : cs.metrics()) {
            Source s = m.sourceId() == null ? null : sources.get(m.sourceId());
            if (m.value() != null) {
                csv.row(row(cs, m, m.value(), m.date(), s, false));
            }
            for (SeriesPoint p : m.series()) {
                csv.row(row(cs, m, p.value(), p.date(), s, true));
            }
        }
    }

    /** @param fromSeries whether the figure is a point of the metric's series (its latest, for a total) */
    private static List<String> row(CaseStudy cs, Metric m, BigDecimal value, PartialDate date, Source s, boolean fromSeries) {
        List<String> r = new ArrayList<>();
        r.add(cs.slug());
        r.add(cs.title());
        r.add(m.id());
        r.add(m.label());
        r.add(Json.number(value));
        r.add(m.qualifier() == null ? "" : m.qualifier().words());
        r.add(m.unit());
        r.add(m.level() == null ? "" : m.level().id());
        r.add(m.channel());
        r.add(iso(date));
        r.add(m.baseline() == null ? "" : Json.number(m.baseline()));
        r.add(m.target() == null ? "" : Json.number(m.target()));
        r.add(m.sourceId());
        r.add(s == null ? "" : s.title());
        r.add(s == null ? "" : s.url());
        r.add("");
        r.add("");
        // a figure of a series read from a platform's export says which file and column it is
        r.add(fromSeries ? (m.origin() == null ? "" : m.origin()) : m.valueOrigin() == null ? "" : m.valueOrigin());
        return r;
    }
}
