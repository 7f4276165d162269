package org.impactsite.page;

import java.util.List;

/**
 * What templates see: plain records of already formatted, not yet escaped text. Absent optional
 * text is "" (test it with {@code ?has_content}); links are relative to the page being rendered.
 * The only HTML values are {@code svg} and the fields ending in {@code Html}, which templates
 * print with {@code ?no_esc}.
 */
public final class PageModel {

    private PageModel() {
    }

    /** @param current true on the page the link points to */
    public record Link(String href, String text, boolean current) {
        public static Link of(String href, String text) {
            return new Link(href, text, false);
        }
    }

    /**
     * Header, navigation and footer of every page.
     *
     * @param nav     the report's own pages; {@code text} is a key of {@code w.nav} in words.ftlh
     * @param pages   the free pages; {@code text} is the page's title
     * @param funders {@code href} is "" when the funder has no URL
     */
    /**
     * What a page tells search engines and social networks: a plain-text description, and when
     * the report has a {@code baseUrl}, its absolute address and picture.
     *
     * @param type Open Graph type: {@code article} for a case study, {@code website} otherwise
     */
    public record Social(String description, String url, String image, String imageAlt, String type,
            String locale, String feedHref) {
    }

    public record Chrome(String lang, String siteTitle, String organization, String homeHref, String styleHref,
            String accentHref, String logoSrc, List<Link> nav, List<Link> pages, List<Link> funders,
            String themeHref, String dir, String printUrl, String reportDate, String pdfHref) {
    }

    /**
     * A key number.
     *
     * @param qualifier "more_than", "almost", "about", "at_least" or "" (the words are in words.ftlh)
     * @param figure    every digit: "1,000,000"
     * @param compact   short form for cards: "1M"
     * @param progress  0-100 for a progress bar, "" without a target
     */
    public record Tile(String id, String qualifier, String figure, String compact, String label, String unit,
            String baselineQualifier, String baseline, String changeKind, String change, String target, String progress, String progressText,
            String channel, String date, String note, Link source, String level) {
    }

    /** A case study as a card in a list. */
    public record Card(String href, String title, String summary, String organization, String country,
            String period, List<String> channels, List<Tile> numbers, boolean story,
            String slug, List<String> themes, List<String> years) {
    }

    /** A chart with its text alternative and data table. */
    public record Chart(String id, String title, String svg, String description, List<String> notes,
            String caption, List<String> headers, List<List<String>> rows, String narrowSvg, String subtitle,
            String source) {
    }

    /**
     * A headline total of the home page with what it adds up.
     *
     * @param id        the anchor of the total on the home page
     * @param name      the report's label, else a neutral one: the unit, else the metric id
     * @param unit      shown beside the figure when {@code name} is the report's own label; else ""
     * @param converted the declared rates' source and date when some parts were converted; else ""
     * @param base      the currency converted into, with {@code converted}; else ""
     */
    public record Headline(String id, String qualifier, String figure, String name, String unit, int count,
            String converted, String convertedDate, String base, List<HeadlinePart> parts, List<HeadlineLeftOut> leftOut) {
    }

    /**
     * One figure added into a headline total.
     *
     * @param original the figure as the case study gives it, when converted ("30,000,000 CNY"); else ""
     * @param rate     the rate it was converted at; else ""
     * @param date     the date of the figure (a series' last point); "" when not given
     * @param source   the figure's source on the case study's page; null when none is named
     */
    public record HeadlinePart(Link caseStudy, String qualifier, String figure, String unit, String original,
            String rate, String date, Link source) {
    }

    /**
     * A figure of the headline's metric that is not added, and why.
     *
     * @param reason a key of the theme's messages ({@code headline.reason.<reason>})
     * @param whole  for a part counted in its whole, that whole; else null
     */
    public record HeadlineLeftOut(Link caseStudy, String qualifier, String figure, String unit, String reason, Link whole) {
    }

    /** One theme, channel, country or year in an index list. */
    public record Group(String name, String href, int count) {
    }

    public record AwardItem(String title, String rank, String by, String work, String url, Link caseStudy, String year) {
    }

    public record AwardYear(String year, List<AwardItem> awards) {
    }

    /** @param metric the metric the outcome refers to; null when none */
    public record OutcomeItem(String text, Tile metric) {
    }

    /** @param level "output", "outcome" or "impact" */
    public record OutcomeGroup(String level, List<OutcomeItem> outcomes) {
    }

    public record QuoteItem(String text, String by, String role) {
    }

    public record SourceItem(String id, String title, String publisher, String date, String url) {
    }

    public record Campaign(String name, String objective, String audience) {
    }

    /** Everything a case-study page shows. */
    public record CaseStudyPage(String title, String summary, String organization, List<String> partners,
            Link country, String period, List<Link> channels, List<Link> themes, List<String> sdgs,
            Campaign campaign, List<Tile> numbers, List<Chart> charts, List<OutcomeGroup> outcomes,
            List<AwardItem> awards, List<QuoteItem> quotes, String storyHtml, List<SourceItem> sources,
            Link partOf, List<Link> parts, List<Tile> context) {
    }
}
