package org.impactsite.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.impactsite.chart.RenderedChart;
import org.impactsite.portfolio.Portfolio;

/**
 * Everything the pages show, made by the earlier stages.
 *
 * @param charts    by case-study slug; a slug without an entry has no charts
 * @param storyHtml sanitised HTML of each case study's story, by slug, links relative to its page
 * @param introHtml sanitised HTML of the site's intro ("" for none)
 * @param pageHtml  sanitised HTML of each free page, by slug
 * @param published the other files the build publishes (feed, social pictures, data files), by
 *                  site path: pages link to them only when they exist
 */
public record PageInputs(
        Portfolio portfolio,
        Map<String, List<RenderedChart>> charts,
        List<RenderedChart> portfolioCharts,
        Map<String, String> storyHtml,
        String introHtml,
        Map<String, String> pageHtml,
        Set<String> published) {

    public PageInputs(Portfolio portfolio, Map<String, List<RenderedChart>> charts, List<RenderedChart> portfolioCharts,
            Map<String, String> storyHtml, String introHtml, Map<String, String> pageHtml) {
        this(portfolio, charts, portfolioCharts, storyHtml, introHtml, pageHtml, Set.of());
    }

    public PageInputs {
        Objects.requireNonNull(portfolio, "portfolio");
        charts = Map.copyOf(charts);
        portfolioCharts = List.copyOf(portfolioCharts);
        storyHtml = Map.copyOf(storyHtml);
        introHtml = introHtml == null ? "" : introHtml;
        pageHtml = Map.copyOf(pageHtml);
        published = Set.copyOf(published);
    }
}
