package org.impactsite.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One campaign's case study, validated. Optional text fields are null when absent; lists are
 * empty, never null.
 *
 * @param slug       the page's address under {@code case-studies/}; safe path characters only
 * @param country    ISO 3166-1 alpha-2, upper case; null when not given
 * @param period     null when not given
 * @param charts     declared charts; empty means "choose from the data"
 * @param body       the story in Markdown (may be blank)
 * @param bundleDir  the folder of a folder case study ({@code unicef-weibo/}), null for a single file
 * @param partOf     the slug of the case study this one is a part of (an event of a campaign),
 *                   whose figures already count this one's; null when not given
 * @param iatiIdentifier its IATI activity identifier when it gives one ({@code iati.identifier});
 *                   null for the report's prefix and its slug
 */
public record CaseStudy(
        String slug,
        String title,
        String summary,
        String organization,
        List<String> partners,
        String country,
        Period period,
        List<String> channels,
        List<String> themes,
        List<Integer> sdgs,
        Campaign campaign,
        List<Metric> metrics,
        List<Outcome> outcomes,
        List<Award> awards,
        List<Quote> quotes,
        List<ChartSpec> charts,
        List<Source> sources,
        Markdown body,
        Path bundleDir,
        String partOf,
        String iatiIdentifier) {

    public CaseStudy {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(body, "body");
        partners = List.copyOf(partners);
        channels = List.copyOf(channels);
        themes = List.copyOf(themes);
        sdgs = List.copyOf(sdgs);
        metrics = List.copyOf(metrics);
        outcomes = List.copyOf(outcomes);
        awards = List.copyOf(awards);
        quotes = List.copyOf(quotes);
        charts = List.copyOf(charts);
        sources = List.copyOf(sources);
    }

    /** A case study without an IATI identifier of its own. */
    public CaseStudy(String slug, String title, String summary, String organization, List<String> partners,
            String country, Period period, List<String> channels, List<String> themes, List<Integer> sdgs,
            Campaign campaign, List<Metric> metrics, List<Outcome> outcomes, List<Award> awards, List<Quote> quotes,
            List<ChartSpec> charts, List<Source> sources, Markdown body, Path bundleDir, String partOf) {
        this(slug, title, summary, organization, partners, country, period, channels, themes, sdgs, campaign,
                metrics, outcomes, awards, quotes, charts, sources, body, bundleDir, partOf, null);
    }

    /** A case study that is not part of another. */
    public CaseStudy(String slug, String title, String summary, String organization, List<String> partners,
            String country, Period period, List<String> channels, List<String> themes, List<Integer> sdgs,
            Campaign campaign, List<Metric> metrics, List<Outcome> outcomes, List<Award> awards, List<Quote> quotes,
            List<ChartSpec> charts, List<Source> sources, Markdown body, Path bundleDir) {
        this(slug, title, summary, organization, partners, country, period, channels, themes, sdgs, campaign,
                metrics, outcomes, awards, quotes, charts, sources, body, bundleDir, null);
    }

    public Optional<Metric> metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A case study with no figures: a story. */
    public boolean isStoryOnly() {
        return metrics.isEmpty();
    }
}
