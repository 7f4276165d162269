package org.impactsite.model;

import java.util.List;
import java.util.Objects;

/**
 * Report-wide settings from {@code site.yaml}.
 *
 * @param baseUrl    absolute URL ending in "/", or "" when not set (sitemap and feed then use
 *                   relative addresses)
 * @param language   a BCP 47 tag ("en", "zh-CN", "ms")
 * @param intro      Markdown shown on the home page; null when not given
 * @param logo       path of the logo relative to the source directory ({@code assets/logo.svg}),
 *                   null when not given
 * @param highlights the home page's headline totals, in site.yaml's order, one per metric and unit
 * @param accent     a {@code #rrggbb} colour
 * @param currencies the declared exchange rates; null when none (no currency is converted)
 */
public record SiteConfig(
        String title,
        String organization,
        String baseUrl,
        String language,
        Markdown intro,
        String logo,
        List<HighlightSpec> highlights,
        List<Funder> funders,
        String accent,
        Currencies currencies,
        IatiSettings iati) {

    public static final String DEFAULT_ACCENT = "#b0306a";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(accent, "accent");
        highlights = List.copyOf(highlights);
        funders = List.copyOf(funders);
    }

    /** Settings without IATI publishing. */
    public SiteConfig(String title, String organization, String baseUrl, String language, Markdown intro, String logo,
            List<HighlightSpec> highlights, List<Funder> funders, String accent, Currencies currencies) {
        this(title, organization, baseUrl, language, intro, logo, highlights, funders, accent, currencies, null);
    }

    /** Settings without exchange rates. */
    public SiteConfig(String title, String organization, String baseUrl, String language, Markdown intro, String logo,
            List<HighlightSpec> highlights, List<Funder> funders, String accent) {
        this(title, organization, baseUrl, language, intro, logo, highlights, funders, accent, null, null);
    }

    /** The metric ids of {@code highlights}, each once, in order. */
    public List<String> highlightIds() {
        return highlights.stream().map(HighlightSpec::metric).distinct().toList();
    }

    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language);
    }
}
