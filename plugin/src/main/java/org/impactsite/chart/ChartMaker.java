package org.impactsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.impactsite.format.DateFormats;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartType;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;

/**
 * Makes the charts of a report: SVG with a title, a text alternative and a data table each.
 * Which charts a case study gets is decided as described in {@link ChartPlanner}; the portfolio
 * charts as in {@link PortfolioCharts}.
 *
 * <p>Thread-safe: holds only immutable settings; every call builds its own charts and formats.
 */
public final class ChartMaker {

    static {
        // Charts are drawn off screen; in a build, AWT must never reach for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Locale locale;
    private final DateFormats dates;
    private final Theme theme;

    /** Charts for the report's language, in the default accent colour. */
    public ChartMaker(Locale locale) {
        this(locale, SiteConfig.DEFAULT_ACCENT);
    }

    /**
     * @param accent a {@code #rrggbb} colour that drives the palette; darkened if needed so
     *               bars stand out from white (3:1)
     */
    public ChartMaker(Locale locale, String accent) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dates = new DateFormats(locale);
        this.theme = new Theme(accent);
    }

    /**
     * Charts of one case study: the declared ones ({@code cs.charts()}), else chosen from its
     * data. Ids {@code chart-1}, {@code chart-2}... in order.
     */
    public List<RenderedChart> forCaseStudy(CaseStudy cs) {
        Objects.requireNonNull(cs, "cs");
        Figures f = new Figures(locale, dates);
        List<RenderedChart> charts = new ArrayList<>();
        for (ChartPlan plan : ChartPlanner.plan(cs, f.words())) {
            Optional<Drawing> drawing = draw(plan, f);
            if (drawing.isPresent()) {
                String id = "chart-" + (charts.size() + 1);
                String prefix = id + "-" + nameSafe(cs.slug()) + "-";
                charts.add(render(id, prefix, plan.type(), plan.title(), drawing.get()));
            }
        }
        return List.copyOf(charts);
    }

    /**
     * Portfolio charts for the home page (ids {@code portfolio-1}...): reach by case study,
     * views by channel, awards by year; a chart without data is left out.
     */
    public List<RenderedChart> forPortfolio(Project project) {
        Objects.requireNonNull(project, "project");
        Figures f = new Figures(locale, dates);
        List<RenderedChart> charts = new ArrayList<>();
        for (PortfolioCharts.Entry e : PortfolioCharts.all(project, f, theme)) {
            String id = "portfolio-" + (charts.size() + 1);
            charts.add(render(id, id + "-", ChartType.BAR, e.title(), e.drawing()));
        }
        return List.copyOf(charts);
    }

    private Optional<Drawing> draw(ChartPlan plan, Figures f) {
        return switch (plan.type()) {
            case BAR -> Optional.of(BarChart.draw(plan, f, theme));
            case LINE -> Optional.of(LineChart.draw(plan, f, theme, locale));
            case PROGRESS -> Optional.of(ProgressChart.draw(plan, f, theme));
            case BEFORE_AFTER -> Optional.of(BeforeAfterChart.draw(plan, f, theme));
            case FUNNEL -> Optional.of(FunnelChart.draw(plan, f, theme));
            case SHARE -> ShareChart.draw(plan, f, theme);
        };
    }

    private static RenderedChart render(String id, String prefix, ChartType type, String title, Drawing d) {
        String svg = SvgWriter.write(d, prefix, title);
        return new RenderedChart(id, type, title, svg, d.description(), d.table(), d.notes());
    }

    /** A slug reduced to characters that may follow the start of an XML id. */
    static String nameSafe(String slug) {
        StringBuilder b = new StringBuilder(slug.length());
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            b.append(ok ? c : '-');
        }
        return b.toString();
    }
}
