package org.impactsite.page;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.impactsite.chart.RenderedChart;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.page.PageModel.AwardYear;
import org.impactsite.page.PageModel.Chart;
import org.impactsite.page.PageModel.Headline;
import org.impactsite.page.PageModel.Link;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.problem.Problems;
import org.impactsite.site.SiteFile;

/** One render run: each method builds one kind of page's model and renders its template; thread-safe. */
final class Pages {

    private final Portfolio portfolio;
    private final ThreadLocal<Views> views;
    private final PageRenderer renderer;
    private final List<SiteFile> out;
    private final Problems problems;

    /**
     * @param views one per thread (number formats are not thread-safe)
     * @param out   thread-safe; pages are added in no particular order
     */
    Pages(Portfolio portfolio, ThreadLocal<Views> views, PageRenderer renderer, List<SiteFile> out, Problems problems) {
        this.portfolio = portfolio;
        this.views = views;
        this.renderer = renderer;
        this.out = out;
        this.problems = problems;
    }

    void home(String introHtml, List<Headline> headlines, List<Chart> charts) {
        String at = Addresses.home();
        Map<String, Object> m = model(at);
        m.put("introHtml", introHtml);
        m.put("headlines", headlines);
        m.put("charts", charts);
        m.put("cards", views.get().cards(portfolio.caseStudies(), at));
        m.put("indexes", List.of(
                Link.of(Addresses.relative(at, Addresses.themes()), "themes"),
                Link.of(Addresses.relative(at, Addresses.channels()), "channels"),
                Link.of(Addresses.relative(at, Addresses.countries()), "countries"),
                Link.of(Addresses.relative(at, Addresses.years()), "years"),
                Link.of(Addresses.relative(at, Addresses.awards()), "awards")));
        emit(at, "home.ftlh", m);
    }

    void caseStudy(CaseStudy cs, List<RenderedChart> charts, String storyHtml) {
        String at = Addresses.caseStudy(cs.slug());
        Map<String, Object> m = model(at);
        m.put("cs", views.get().caseStudy(cs, charts, storyHtml, at));
        emit(at, "case-study.ftlh", m);
    }

    /** The lists of themes, channels, countries and years, and a page for each entry. */
    void indexes() {
        index("themes", Addresses.themes(), portfolio.themes(), n -> n, Addresses::theme);
        index("channels", Addresses.channels(), portfolio.channels(), n -> n, Addresses::channel);
        index("countries", Addresses.countries(), portfolio.countries(), views.get()::countryName, Addresses::country);
        index("years", Addresses.years(), portfolio.years(), y -> Integer.toString(y), Addresses::year);
    }

    private <K> void index(String kind, String listAt, SortedMap<K, List<CaseStudy>> map, Function<K, String> name,
            Function<K, String> address) {
        Map<String, Object> m = model(listAt);
        m.put("kind", kind);
        m.put("groups", views.get().groups(map, name, address, listAt));
        emit(listAt, "index-list.ftlh", m);
        for (Map.Entry<K, List<CaseStudy>> e : map.entrySet()) {
            String at = address.apply(e.getKey());
            Map<String, Object> g = model(at);
            g.put("kind", kind);
            g.put("name", name.apply(e.getKey()));
            g.put("parent", Link.of(Addresses.relative(at, listAt), kind));
            g.put("cards", views.get().cards(e.getValue(), at));
            emit(at, "group.ftlh", g);
        }
    }

    void awards(List<AwardYear> years) {
        String at = Addresses.awards();
        Map<String, Object> m = model(at);
        m.put("years", years);
        emit(at, "awards.ftlh", m);
    }

    void free(FreePage page, String html) {
        String at = Addresses.page(page.slug());
        Map<String, Object> m = model(at);
        m.put("title", page.title());
        m.put("summary", page.summary() == null ? "" : page.summary());
        m.put("bodyHtml", html);
        emit(at, "page.ftlh", m);
    }

    void notFound() {
        String at = Addresses.notFound();
        emit(at, "404.ftlh", model(at));
    }

    private Map<String, Object> model(String at) {
        return PageRenderer.model(renderer.chrome(portfolio, at));
    }

    private void emit(String at, String template, Map<String, Object> model) {
        renderer.templates().render(template, model, problems).ifPresent(html -> out.add(SiteFile.of(at, html)));
    }
}
