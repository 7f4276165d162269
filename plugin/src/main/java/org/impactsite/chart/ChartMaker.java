package org.impactsite.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.impactsite.format.DateFormats;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartType;
import org.impactsite.model.Metric;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.jfree.chart.JFreeChart;

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
    private final ChartWords words;

    /** Charts for the report's language, in the default accent colour. */
    public ChartMaker(Locale locale) {
        this(locale, SiteConfig.DEFAULT_ACCENT);
    }

    /**
     * @param accent a {@code #rrggbb} colour that drives the palette; darkened if needed so
     *               bars stand out from white (3:1)
     */
    public ChartMaker(Locale locale, String accent) {
        this(locale, new Theme(accent), ChartWords.of(locale));
    }

    private ChartMaker(Locale locale, Theme theme, ChartWords words) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dates = new DateFormats(locale);
        this.theme = theme;
        this.words = words;
    }

    /**
     * Charts written in a project's own words where its message bundles override the theme's.
     *
     * @param chartWords the report's {@code chart.*} messages by key, without the prefix
     */
    public ChartMaker withWords(Map<String, String> chartWords) {
        return new ChartMaker(locale, theme, ChartWords.of(locale, chartWords));
    }

    /** The words the charts are written in, by key: part of what a kept chart is made from. */
    public Map<String, String> words() {
        return words.texts();
    }

    /**
     * Charts of one case study: the declared ones ({@code cs.charts()}), else chosen from its
     * data. Ids {@code chart-1}, {@code chart-2}... in order.
     */
    /**
     * All a case study's charts are made from (its slug, figures, declared charts and sources),
     * compared by value: its story, title or awards can change and the charts stay as drawn.
     */
    public static List<Object> madeFrom(CaseStudy cs) {
        return List.of(cs.slug(), cs.metrics(), cs.charts(), cs.sources());
    }

    public List<RenderedChart> forCaseStudy(CaseStudy cs) {
        Objects.requireNonNull(cs, "cs");
        Figures narrow = new Figures(locale, dates, Drawing.NARROW, words);
        List<RenderedChart> charts = new ArrayList<>();
        planned(cs, (id, plan, drawing, theme, f) -> {
            String prefix = id + "-" + nameSafe(cs.slug()) + "-";
            charts.add(render(theme, id, prefix, plan.type(), plan.title(), drawing, draw(plan, narrow, theme).orElseThrow(),
                    f.words().subtitle(plan.metrics()), source(cs, plan.metrics(), f.words())));
        });
        return List.copyOf(charts);
    }

    /**
     * Portfolio charts for the home page (ids {@code portfolio-1}...): reach by case study,
     * views by channel, awards by year; a chart without data is left out.
     */
    public List<RenderedChart> forPortfolio(Project project) {
        Objects.requireNonNull(project, "project");
        Figures f = new Figures(locale, dates, Drawing.WIDTH, words);
        Theme theme = this.theme.measuring(texts(project.caseStudies(), true));
        List<PortfolioCharts.Entry> wide = PortfolioCharts.all(project, f, theme);
        List<PortfolioCharts.Entry> narrow = PortfolioCharts.all(project, new Figures(locale, dates, Drawing.NARROW, words), theme);
        List<RenderedChart> charts = new ArrayList<>();
        for (int i = 0; i < wide.size(); i++) {
            PortfolioCharts.Entry e = wide.get(i);
            String id = "portfolio-" + (charts.size() + 1);
            charts.add(render(theme, id, id + "-", ChartType.BAR, e.title(), e.drawing(), narrow.get(i).drawing(),
                    e.subtitle(), f.words().portfolioSource));
        }
        return List.copyOf(charts);
    }

    /**
     * A chart laid out for paper: JFreeChart draws it straight onto a PDF page as vectors.
     *
     * @param id     as the page's chart ({@code chart-1}, {@code portfolio-1})
     * @param width  the chart's width in its own units (its text is 13 to 14 units high)
     * @param height its height in those units
     */
    public record PrintChart(String id, JFreeChart chart, int width, int height) {

        /** Draws the chart scaled to {@code width} units of {@code g}, from its top left corner. */
        public void draw(Graphics2D g, double width) {
            double scale = width / this.width;
            Graphics2D scaled = (Graphics2D) g.create();
            try {
                scaled.scale(scale, scale);
                chart.draw(scaled, new Rectangle2D.Double(0, 0, this.width, height));
            } finally {
                scaled.dispose();
            }
        }
    }

    /** The charts of {@link #forCaseStudy} (same ids, same wide layout), for a PDF. */
    public List<PrintChart> forPrint(CaseStudy cs) {
        Objects.requireNonNull(cs, "cs");
        List<PrintChart> charts = new ArrayList<>();
        planned(cs, (id, plan, d, theme, f) -> charts.add(new PrintChart(id, d.chart(), d.width(), d.height())));
        return List.copyOf(charts);
    }

    /** The charts of {@link #forPortfolio} (same ids, same wide layout), for a PDF. */
    public List<PrintChart> forPrint(Project project) {
        Objects.requireNonNull(project, "project");
        Figures f = new Figures(locale, dates, Drawing.WIDTH, words);
        Theme theme = this.theme.measuring(texts(project.caseStudies(), true));
        List<PrintChart> charts = new ArrayList<>();
        for (PortfolioCharts.Entry e : PortfolioCharts.all(project, f, theme)) {
            Drawing d = e.drawing();
            charts.add(new PrintChart("portfolio-" + (charts.size() + 1), d.chart(), d.width(), d.height()));
        }
        return List.copyOf(charts);
    }

    private interface Planned {
        void chart(String id, ChartPlan plan, Drawing wide, Theme theme, Figures figures);
    }

    /** Each chart of a case study that says something, laid out wide, with the id its page gives it. */
    private void planned(CaseStudy cs, Planned to) {
        Figures f = new Figures(locale, dates, Drawing.WIDTH, words);
        Theme theme = this.theme.measuring(texts(List.of(cs), false));
        int n = 0;
        for (ChartPlan plan : ChartPlanner.plan(cs, f.words())) {
            Optional<Drawing> drawing = draw(plan, f, theme).filter(d -> saysSomething(plan, d));
            if (drawing.isPresent()) {
                to.chart("chart-" + (++n), plan, drawing.get(), theme, f);
            }
        }
    }

    /** A bar, funnel or share chart of one bar says nothing the figure does not: the page shows the figure. */
    private static boolean saysSomething(ChartPlan plan, Drawing d) {
        return switch (plan.type()) {
            case BAR, FUNNEL -> d.table().rows().size() >= 2;
            default -> true;
        };
    }

    /** "Source: RNW Media; UNICEF": the sources the chart's figures name, in order, each once. */
    private static String source(CaseStudy cs, List<Metric> metrics, ChartWords words) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Metric m : metrics) {
            if (m.sourceId() != null) {
                cs.source(m.sourceId()).map(s -> s.publisher() != null && !s.publisher().isBlank() ? s.publisher() : s.title())
                        .ifPresent(n -> names.add(n.strip()));
            }
        }
        return names.isEmpty() ? "" : words.source(List.copyOf(names));
    }

    /**
     * The texts a chart of these case studies may write, to choose the font they are measured
     * in: the report's chart words, the figures' labels, units and channels, the declared
     * charts' titles and the sources' names (and with {@code titles}, the case studies' titles).
     */
    private List<String> texts(List<CaseStudy> studies, boolean titles) {
        List<String> texts = new ArrayList<>(words.texts().values());
        for (CaseStudy cs : studies) {
            if (titles) {
                texts.add(cs.title());
            }
            for (Metric m : cs.metrics()) {
                texts.add(m.label());
                texts.add(m.unit());
                texts.add(m.channel());
            }
            cs.charts().forEach(c -> texts.add(c.title()));
            cs.sources().forEach(src -> {
                texts.add(src.publisher());
                texts.add(src.title());
            });
        }
        return texts;
    }

    private Optional<Drawing> draw(ChartPlan plan, Figures f, Theme theme) {
        return switch (plan.type()) {
            case BAR -> Optional.of(BarChart.draw(plan, f, theme));
            case LINE -> Optional.of(LineChart.draw(plan, f, theme, locale));
            case PROGRESS -> Optional.of(ProgressChart.draw(plan, f, theme));
            case BEFORE_AFTER -> Optional.of(BeforeAfterChart.draw(plan, f, theme));
            case FUNNEL -> Optional.of(FunnelChart.draw(plan, f, theme));
            case SHARE -> ShareChart.draw(plan, f, theme);
        };
    }

    private static RenderedChart render(Theme theme, String id, String prefix, ChartType type, String title, Drawing d, Drawing narrow,
            String subtitle, String source) {
        String svg = SvgWriter.write(d, prefix, title, theme);
        String narrowSvg = SvgWriter.write(narrow, prefix + "n-", title, theme);
        return new RenderedChart(id, type, title, svg, d.description(), d.table(), d.notes(), narrowSvg, subtitle, source);
    }

    /**
     * CSS custom properties ({@code --chart-s0}... and {@code --chart-track}) with which the
     * page's dark mode repaints the series of charts drawn in {@code accent}, each standing out
     * (3:1) from {@code darkBackground} ({@code #rrggbb}). Lines to put inside a rule.
     */
    public static String darkModeProperties(String accent, String darkBackground) {
        return new Theme(accent).darkModeProperties(java.awt.Color.decode(darkBackground));
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
