package org.impactsite.page;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import org.impactsite.chart.RenderedChart;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.page.PageModel.AwardYear;
import org.impactsite.page.PageModel.Chart;
import org.impactsite.page.PageModel.Headline;
import org.impactsite.page.PageModel.Link;
import org.impactsite.page.PageModel.Social;
import org.impactsite.model.SiteConfig;
import org.jsoup.Jsoup;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.reuse.Memo;
import org.impactsite.problem.Problems;
import org.impactsite.publish.Publications;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.SitePlan;

/** One render run: each method builds one kind of page's model and renders its template; thread-safe. */
final class Pages {

    private final Portfolio portfolio;
    private final ThreadLocal<Views> views;
    private final PageRenderer renderer;
    private final List<SiteFile> out;
    private final Problems problems;
    private final Set<String> published;

    /**
     * @param views one per thread (number formats are not thread-safe)
     * @param out   thread-safe; pages are added in no particular order
     */
    Pages(Portfolio portfolio, ThreadLocal<Views> views, PageRenderer renderer, List<SiteFile> out, Problems problems,
            Set<String> published) {
        this.portfolio = portfolio;
        this.published = published;
        this.views = views;
        this.renderer = renderer;
        this.out = out;
        this.problems = problems;
    }

    void home(String introHtml, List<Headline> headlines, List<Chart> charts) {
        String at = Addresses.home();
        List<Link> data = new java.util.ArrayList<>(data(at, Addresses.reportPdf(), Addresses.portfolioCsv(), Addresses.portfolioJson()));
        if (published.contains(Addresses.iatiActivities())) {
            data.add(Link.of(Addresses.relative(at, Addresses.iatiActivities()), "IATI XML"));
        }
        emit(at, "home.ftlh", () -> List.of(new Memo.Same(introHtml), headlines, charts, same(portfolio.caseStudies()), data), () -> {
            Map<String, Object> m = model(at);
            m.put("social", social(at, plain(introHtml), Addresses.siteCard(), "website"));
            m.put("introHtml", introHtml);
            m.put("headlines", headlines);
            m.put("charts", charts);
            m.put("cards", views.get().cards(portfolio.caseStudies(), at));
            m.put("data", data);
            m.put("jsonLd", LinkedData.home(portfolio.project().site(), plain(introHtml), LinkedData.downloads(published,
                    Addresses.reportPdf(), "application/pdf", Addresses.portfolioCsv(), "text/csv", Addresses.portfolioJson(), "application/json",
                    Addresses.iatiActivities(), "application/xml"), portfolio.caseStudies()));
            m.put("indexes", List.of(
                    Link.of(Addresses.relative(at, Addresses.themes()), "themes"),
                    Link.of(Addresses.relative(at, Addresses.channels()), "channels"),
                    Link.of(Addresses.relative(at, Addresses.countries()), "countries"),
                    Link.of(Addresses.relative(at, Addresses.years()), "years"),
                    Link.of(Addresses.relative(at, Addresses.awards()), "awards")));
            return m;
        });
    }

    /**
     * A case study's page depends on that case study, its charts and story, the report's frame
     * and which of its files are published.
     */
    void caseStudy(CaseStudy cs, List<RenderedChart> charts, String storyHtml) {
        String at = Addresses.caseStudy(cs.slug());
        String card = Addresses.caseStudyCard(cs.slug());
        List<Link> data = data(at, Addresses.caseStudyPdf(cs.slug()), Addresses.caseStudyCsv(cs.slug()), Addresses.caseStudyJson(cs.slug()));
        CaseStudy whole = cs.partOf() == null ? null : portfolio.caseStudy(cs.partOf()).orElse(null);
        List<CaseStudy> parts = portfolio.partsOf(cs.slug());
        List<String> related = java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(whole), parts.stream())
                .flatMap(c -> java.util.stream.Stream.of(c.slug(), c.title())).toList();
        emit(at, "case-study.ftlh", () -> List.of(new Memo.Same(cs), new Memo.Same(charts), new Memo.Same(storyHtml),
                published.contains(card), data, related), () -> {
            Map<String, Object> m = model(at);
            m.put("cs", views.get().caseStudy(cs, charts, storyHtml, at, whole, parts));
            String description = cs.summary() == null ? plain(storyHtml) : cs.summary();
            m.put("social", social(at, description, card, "article"));
            m.put("data", data);
            m.put("jsonLd", LinkedData.caseStudy(portfolio.project().site(), cs, description, LinkedData.downloads(published,
                    Addresses.caseStudyPdf(cs.slug()), "application/pdf", Addresses.caseStudyCsv(cs.slug()), "text/csv", Addresses.caseStudyJson(cs.slug()), "application/json")));
            return m;
        });
    }

    /** The lists of themes, channels, countries and years, and a page for each entry. */
    void indexes() {
        index("themes", Addresses.themes(), portfolio.themes(), Views::shown, Addresses::theme);
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
            String title = name.apply(e.getKey());
            emit(at, "group.ftlh", () -> List.of(kind, title, same(e.getValue())), () -> {
                Map<String, Object> g = model(at);
                g.put("kind", kind);
                g.put("name", title);
                g.put("parent", Link.of(Addresses.relative(at, listAt), kind));
                g.put("cards", views.get().cards(e.getValue(), at));
                return g;
            });
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
        m.put("social", social(at, page.summary() == null ? plain(html) : page.summary(), Addresses.siteCard(), "website"));
        emit(at, "page.ftlh", m);
    }

    void notFound() {
        String at = Addresses.notFound();
        emit(at, "404.ftlh", model(at));
    }

    private Map<String, Object> model(String at) {
        Map<String, Object> m = PageRenderer.model(renderer.chrome(portfolio, at));
        m.put("social", social(at, "", Addresses.siteCard(), "website"));
        return m;
    }

    /** Links to the published data files among {@code csv} and {@code json}, labelled by format. */
    private List<Link> data(String at, String pdf, String csv, String json) {
        List<Link> links = new java.util.ArrayList<>();
        if (published.contains(pdf)) {
            links.add(Link.of(Addresses.relative(at, pdf), "PDF"));
        }
        if (published.contains(csv)) {
            links.add(Link.of(Addresses.relative(at, csv), "CSV"));
        }
        if (published.contains(json)) {
            links.add(Link.of(Addresses.relative(at, json), "JSON"));
        }
        return links;
    }

    private Social social(String at, String description, String card, String type) {
        SiteConfig site = portfolio.project().site();
        String base = site.baseUrl();
        String text = description == null || description.isBlank() ? site.title() : description.strip();
        String feed = published.contains(SitePlan.FEED)
                ? PageRenderer.href(at.equals(Addresses.notFound()) ? Addresses.rootPath(base) : "", at, SitePlan.FEED) : "";
        return new Social(shorten(text), at.equals(Addresses.notFound()) ? "" : Addresses.absolute(base, at),
                published.contains(card) ? Addresses.absolute(base, card) : "", site.title(), type,
                renderer.locale().toLanguageTag().replace('-', '_'), feed);
    }

    /** The text of an HTML fragment, as one line. */
    private static String plain(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }

    /** Descriptions are cut at a word near 200 characters, as search engines show about that much. */
    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.codePointCount(0, t.length()) <= 200) {
            return t;
        }
        int cut = t.offsetByCodePoints(0, 199);
        int space = t.lastIndexOf(' ', cut);
        return (space > 120 ? t.substring(0, space) : t.substring(0, cut)) + "…";
    }

    /**
     * Renders a page whose model is made from {@code inputs} and the report's frame: with a
     * memo, the page is made again only when they changed. Case studies, charts and HTML the
     * memo handed out are compared by identity, as it hands out the same objects when they did
     * not change; everything else the model is made from must be in {@code inputs}.
     */
    private void emit(String at, String template, java.util.function.Supplier<List<?>> inputs,
            java.util.function.Supplier<Map<String, Object>> model) {
        renderer.page(() -> List.of(at, template, renderer.chrome(portfolio, at), portfolio.project().site(),
                published.contains(Addresses.siteCard()), published.contains(SitePlan.FEED), inputs.get()), problems,
                p -> renderer.render(template, model.get(), p)).ifPresent(html -> out.add(renderer.keep(SiteFile.of(at, html))));
    }

    /** Case studies as a key part compared by identity. */
    private static List<Memo.Same> same(List<CaseStudy> caseStudies) {
        return caseStudies.stream().map(Memo.Same::new).toList();
    }

    /** A page whose model is small enough to be its own key (it holds everything the page shows). */
    private void emit(String at, String template, Map<String, Object> model) {
        emit(at, template, () -> List.of(model), () -> model);
    }
}
