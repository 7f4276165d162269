package org.impactsite.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.validate.Schemas;

/**
 * What the report publishes, made once from the portfolio and site.yaml before anything is
 * drawn: every page with the template that makes it, and every file the build makes itself
 * (open data, pictures, feed, sitemap, schemas, search index, the theme's files). Pages link
 * only to what the plan holds, the publications make exactly its files, and the sources copied
 * beside a case study may not take their names: so "what does this report publish" is this one
 * object, and {@link #toString} prints it.
 *
 * <p>Copies of the user's own files (assets, images beside a story) are not planned: they are
 * found in the source folder, and the links to them are checked after the pages are made.
 */
public final class SitePlan {

    /** What a planned path is. */
    public enum Kind {
        PAGE, DATA, PICTURE, FEED, SITEMAP, ROBOTS, SCHEMA, SEARCH, THEME, PDF
    }

    /** A page of the report and the theme template that makes it. */
    public record Page(String path, String template) {
    }

    /** Where the search index is published. */
    public static final String SEARCH_INDEX = "search-index.json";
    /** Where the Atom feed is published (only with a base address). */
    public static final String FEED = "feed.xml";
    /** Where the sitemap is published (only with a base address). */
    public static final String SITEMAP = "sitemap.xml";
    /** Where robots.txt is published. */
    public static final String ROBOTS = "robots.txt";
    /** The theme's own files, published under {@code theme/}. */
    public static final List<String> THEME_FILES = List.of("theme/accent.css", "theme/filter.js", "theme/icon.svg",
            "theme/style.css");

    private final SortedMap<String, Kind> paths;
    private final List<Page> pages;

    private SitePlan(SortedMap<String, Kind> paths, List<Page> pages) {
        this.paths = Collections.unmodifiableSortedMap(paths);
        this.pages = List.copyOf(pages);
    }

    /** The plan of a report with its PDFs. */
    public static SitePlan of(Portfolio portfolio) {
        return of(portfolio, true);
    }

    /** @param pdf whether the report has its PDFs ({@code report.pdf} and one per case study) */
    public static SitePlan of(Portfolio portfolio, boolean pdf) {
        SiteConfig site = portfolio.project().site();
        boolean addressed = !site.baseUrl().isEmpty();
        SortedMap<String, Kind> paths = new TreeMap<>();
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Addresses.home(), "home.ftlh"));
        for (CaseStudy cs : portfolio.caseStudies()) {
            pages.add(new Page(Addresses.caseStudy(cs.slug()), "case-study.ftlh"));
            paths.put(Addresses.caseStudyJson(cs.slug()), Kind.DATA);
            paths.put(Addresses.caseStudyCsv(cs.slug()), Kind.DATA);
            if (addressed) {
                paths.put(Addresses.caseStudyCard(cs.slug()), Kind.PICTURE);
            }
            if (pdf) {
                paths.put(Addresses.caseStudyPdf(cs.slug()), Kind.PDF);
            }
        }
        if (pdf) {
            paths.put(Addresses.reportPdf(), Kind.PDF);
        }
        index(pages, Addresses.themes(), portfolio.themes(), Addresses::theme);
        index(pages, Addresses.channels(), portfolio.channels(), Addresses::channel);
        index(pages, Addresses.countries(), portfolio.countries(), Addresses::country);
        index(pages, Addresses.years(), portfolio.years(), Addresses::year);
        pages.add(new Page(Addresses.awards(), "awards.ftlh"));
        for (FreePage page : portfolio.project().pages()) {
            pages.add(new Page(Addresses.page(page.slug()), "page.ftlh"));
        }
        pages.add(new Page(Addresses.notFound(), "404.ftlh"));
        pages.forEach(p -> paths.put(p.path(), Kind.PAGE));
        paths.put(Addresses.portfolioJson(), Kind.DATA);
        paths.put(Addresses.portfolioCsv(), Kind.DATA);
        if (portfolio.project().site().iati() != null) {
            paths.put(Addresses.iatiActivities(), Kind.DATA);
        }
        paths.put(SEARCH_INDEX, Kind.SEARCH);
        Schemas.ALL.forEach(schema -> paths.put("schema/" + schema, Kind.SCHEMA));
        THEME_FILES.forEach(f -> paths.put(f, Kind.THEME));
        paths.put(ROBOTS, Kind.ROBOTS);
        if (addressed) {
            paths.put(FEED, Kind.FEED);
            paths.put(Addresses.siteCard(), Kind.PICTURE);
            paths.put(SITEMAP, Kind.SITEMAP);
        }
        return new SitePlan(paths, pages);
    }

    private static <K> void index(List<Page> pages, String listAt, Map<K, List<CaseStudy>> entries,
            Function<K, String> address) {
        pages.add(new Page(listAt, "index-list.ftlh"));
        entries.keySet().forEach(k -> pages.add(new Page(address.apply(k), "group.ftlh")));
    }

    /** Every page, in the order the build makes them. */
    public List<Page> pages() {
        return pages;
    }

    /** Whether the report publishes a file at this path. */
    public boolean publishes(String path) {
        return paths.containsKey(path);
    }

    /** Every planned path, sorted. */
    public Set<String> paths() {
        return paths.keySet();
    }

    /** The planned paths of these kinds, sorted. */
    public Set<String> paths(Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        Set<String> out = new TreeSet<>();
        paths.forEach((p, k) -> {
            if (wanted.contains(k)) {
                out.add(p);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /**
     * The files the build makes from the project alone (open data, search index, schemas, feed,
     * pictures): what the pages may link to before those files are made.
     */
    public Set<String> publications() {
        return paths(Kind.DATA, Kind.SEARCH, Kind.SCHEMA, Kind.FEED, Kind.PICTURE);
    }

    /** What the pages may link to: the publications and the PDFs, made after the pages. */
    public Set<String> linkable() {
        return paths(Kind.DATA, Kind.SEARCH, Kind.SCHEMA, Kind.FEED, Kind.PICTURE, Kind.PDF);
    }

    /**
     * The names the report keeps for itself in a case study's folder: its page, its data, its
     * picture and its PDF (kept even when a report makes no picture or PDF, so that turning
     * them on never changes what a source file is published as).
     */
    public static Set<String> ownFiles(CaseStudy cs) {
        return Set.of(Addresses.caseStudy(cs.slug()), Addresses.caseStudyJson(cs.slug()),
                Addresses.caseStudyCsv(cs.slug()), Addresses.caseStudyCard(cs.slug()), Addresses.caseStudyPdf(cs.slug()));
    }

    /** One line per planned path: its kind, its path, and for a page the template that makes it. */
    @Override
    public String toString() {
        Map<String, String> templates = new TreeMap<>();
        pages.forEach(p -> templates.put(p.path(), p.template()));
        StringBuilder out = new StringBuilder();
        paths.forEach((p, k) -> {
            out.append(String.format(Locale.ROOT, "%-8s %s", k.name().toLowerCase(Locale.ROOT), p));
            if (templates.containsKey(p)) {
                out.append("  (").append(templates.get(p)).append(')');
            }
            out.append('\n');
        });
        return out.toString();
    }
}
