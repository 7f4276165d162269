package org.impactsite.model;

import java.nio.file.Path;
import java.util.List;

/** Case studies for tests, by name rather than by the position of twenty arguments. */
public final class CaseStudyBuilder {

    private String slug;
    private String title;
    private String summary;
    private String organization;
    private List<String> partners = List.of();
    private String country;
    private Period period;
    private List<String> channels = List.of();
    private List<String> themes = List.of();
    private List<Integer> sdgs = List.of();
    private Campaign campaign = Campaign.NONE;
    private List<Metric> metrics = List.of();
    private List<Outcome> outcomes = List.of();
    private List<Award> awards = List.of();
    private List<Quote> quotes = List.of();
    private List<ChartSpec> charts = List.of();
    private List<Source> sources = List.of();
    private Markdown body;
    private Path bundleDir;
    private String partOf;

    private CaseStudyBuilder() {
    }

    /** A case study with nothing but its slug, title and an empty story in case-studies/{slug}.md. */
    public static CaseStudyBuilder of(String slug, String title) {
        CaseStudyBuilder b = new CaseStudyBuilder();
        b.slug = slug;
        b.title = title;
        b.body = new Markdown("", Path.of("/project/src/impact/case-studies/" + slug + ".md").toAbsolutePath(),
                "src/impact/case-studies/" + slug + ".md", 1);
        return b;
    }

    /** A copy of {@code cs} to change. */
    public static CaseStudyBuilder from(CaseStudy cs) {
        CaseStudyBuilder b = new CaseStudyBuilder();
        b.slug = cs.slug();
        b.title = cs.title();
        b.summary = cs.summary();
        b.organization = cs.organization();
        b.partners = cs.partners();
        b.country = cs.country();
        b.period = cs.period();
        b.channels = cs.channels();
        b.themes = cs.themes();
        b.sdgs = cs.sdgs();
        b.campaign = cs.campaign();
        b.metrics = cs.metrics();
        b.outcomes = cs.outcomes();
        b.awards = cs.awards();
        b.quotes = cs.quotes();
        b.charts = cs.charts();
        b.sources = cs.sources();
        b.body = cs.body();
        b.bundleDir = cs.bundleDir();
        b.partOf = cs.partOf();
        return b;
    }

    public CaseStudyBuilder title(String v) { title = v; return this; }
    public CaseStudyBuilder summary(String v) { summary = v; return this; }
    public CaseStudyBuilder organization(String v) { organization = v; return this; }
    public CaseStudyBuilder country(String v) { country = v; return this; }
    public CaseStudyBuilder period(Period v) { period = v; return this; }
    public CaseStudyBuilder channels(List<String> v) { channels = v; return this; }
    public CaseStudyBuilder themes(List<String> v) { themes = v; return this; }
    public CaseStudyBuilder metrics(List<Metric> v) { metrics = v; return this; }
    public CaseStudyBuilder awards(List<Award> v) { awards = v; return this; }
    public CaseStudyBuilder charts(List<ChartSpec> v) { charts = v; return this; }
    public CaseStudyBuilder sources(List<Source> v) { sources = v; return this; }
    public CaseStudyBuilder partOf(String v) { partOf = v; return this; }

    /** The same file, with another story. */
    public CaseStudyBuilder story(String text) {
        body = new Markdown(text, body.file(), body.displayPath(), body.firstLine());
        return this;
    }

    public CaseStudy build() {
        return new CaseStudy(slug, title, summary, organization, partners, country, period, channels, themes, sdgs, campaign,
                metrics, outcomes, awards, quotes, charts, sources, body, bundleDir, partOf);
    }
}
