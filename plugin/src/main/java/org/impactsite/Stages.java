package org.impactsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.impactsite.chart.ChartMaker;
import org.impactsite.chart.RenderedChart;
import org.impactsite.load.ProjectLoader;
import org.impactsite.load.ProjectPaths;
import org.impactsite.markdown.MarkdownRenderer;
import org.impactsite.model.Markdown;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.page.Messages;
import org.impactsite.page.PageInputs;
import org.impactsite.page.PageRenderer;
import org.impactsite.page.UserTemplates;
import org.impactsite.pdf.Pdfs;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.SitePlan;
import org.impactsite.plan.Spill;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.publish.IatiActivities;
import org.impactsite.publish.Publications;
import org.impactsite.publish.SocialCards;
import org.impactsite.reuse.Key;
import org.impactsite.reuse.Key.Kind;
import org.impactsite.reuse.Memo;
import org.impactsite.site.LinkChecker;
import org.impactsite.site.PublishMap;
import org.impactsite.site.SourceCopies;

/**
 * The stages of one build, each a method that {@link ImpactBuild} calls in turn: load, draw
 * (charts and stories), pages, publications, assemble (copies and the site's own files), check.
 * They share the build's problems, its project and how it reuses work; no stage writes the site.
 */
final class Stages {

    private final BuildSettings settings;
    private final Progress progress;
    private final ProjectPaths paths;
    private final Problems problems = new Problems();
    private Reuse reuse = Reuse.none();
    private Spill spill = Spill.none();
    private Project project;
    private PublishMap publishMap;
    private PageRenderer renderer;
    private Instant reportTime;
    private Set<String> linked;
    private SitePlan plan;
    private Path userTemplates;
    private Messages messages;
    private ChartMaker chartMaker;

    Stages(BuildSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.paths = new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
    }

    Problems problems() {
        return problems;
    }

    /** The case studies, pages and site.yaml, with the run's overrides; a refused output folder is reported here too. */
    Project load(Reuse reading) throws IOException {
        OutputGuard.check(settings, paths, problems);
        progress.step("reading the case studies", 0);
        project = applyOverrides(new ProjectLoader(paths).withMemo(reading.memo()).load(problems));
        return project;
    }

    /**
     * Where the rest of the build keeps what it makes. With mistakes found already nothing of
     * this build will be written or kept, so it stays in memory.
     */
    /** What the report publishes: every page and every file the build makes, before any is made. */
    SitePlan plan() {
        plan = SitePlan.of(Portfolio.of(project), settings.pdf());
        return plan;
    }

    void keepIn(Spill spillTo, Reuse reuseFor) {
        spill = problems.hasErrors() ? Spill.none() : spillTo;
        reuse = problems.hasErrors() && reuseFor.memo() == null ? Reuse.none() : reuseFor;
    }

    /** What the pages are made of: every chart and every Markdown text as HTML. */
    record Drawn(Map<String, List<RenderedChart>> charts, List<RenderedChart> portfolioCharts, Map<String, String> stories,
            Map<String, String> pages, String intro) {

        int chartCount() {
            return portfolioCharts.size() + charts.values().stream().mapToInt(List::size).sum();
        }
    }

    Drawn draw() throws IOException {
        SiteConfig site = project.site();
        Locale locale = site.locale();
        publishMap = new PublishMap(settings.sourceDirectory(), project);
        Object structure = structure();
        MarkdownRenderer markdown = new MarkdownRenderer(paths, publishMap);
        // the report's words, the theme's and the project's own, read once for the charts and the pages
        userTemplates = UserTemplates.folder(paths, problems);
        messages = Messages.load(locale, userTemplates, paths::display, problems);
        chartMaker = new ChartMaker(locale, site.accent()).withWords(messages.chartWords());
        progress.step("drawing charts and stories of " + project.caseStudies().size() + " case studies",
                project.caseStudies().size() * 2);
        Map<String, List<RenderedChart>> charts = new TreeMap<>(project.caseStudies().parallelStream()
                .collect(Collectors.toMap(CaseStudy::slug, cs -> ticked(reuse.get(
                        Key.of(Kind.CHARTS, ChartMaker.madeFrom(cs), locale, site.accent(), chartMaker.words()), problems,
                        p -> chartMaker.forCaseStudy(cs),
                        (kept, p) -> kept.charts().forCaseStudy(chartMaker, cs, locale, site.accent()))))));
        Map<String, String> stories = new TreeMap<>(project.caseStudies().parallelStream()
                .collect(Collectors.toMap(CaseStudy::slug, cs -> ticked(reuse.get(
                        Key.of(Kind.STORY, cs.body(), cs.slug(), structure), problems,
                        p -> markdown.render(cs.body(), Addresses.caseStudy(cs.slug()), 3, p),
                        (kept, p) -> kept.stories().render(markdown, cs.body(), Addresses.caseStudy(cs.slug()), 3, p))))));
        Map<String, String> pages = new TreeMap<>(project.pages().stream()
                .collect(Collectors.toMap(FreePage::slug, pg -> reuse.get(Key.of(Kind.PAGE_TEXT, pg.body(), pg.slug(), structure),
                        problems, own -> markdown.render(pg.body(), Addresses.page(pg.slug()), own)))));
        String intro = site.intro() == null ? "" : reuse.get(Key.of(Kind.INTRO, site.intro(), structure), problems,
                p -> markdown.render(site.intro(), Addresses.home(), p));
        List<RenderedChart> portfolioCharts = reuse.get(Key.of(Kind.PORTFOLIO_CHARTS,
                project.caseStudies().stream().map(cs -> (Object) new Memo.Same(cs)).toList(), site.highlights(), locale,
                site.accent(), chartMaker.words()), problems, p -> chartMaker.forPortfolio(project));
        return new Drawn(charts, portfolioCharts, stories, pages, intro);
    }

    /**
     * The pages, made while the charts and stories are at hand; they link to the data and
     * pictures made next by their known paths.
     */
    List<SiteFile> pages(Drawn drawn) throws IOException {
        progress.step("rendering pages", 0);
        reportTime = buildTime();
        linked = plan.publications();
        renderer = new PageRenderer(userTemplates, project.site().locale(), paths::display).withMessages(messages)
                .withMemo(reuse.memo())
                .withReportDate(reportTime == null ? null : reportTime.atZone(ZoneOffset.UTC).toLocalDate())
                .withSpill(spill);
        return renderer.render(new PageInputs(Portfolio.of(project), drawn.charts(), drawn.portfolioCharts(),
                drawn.stories(), drawn.intro(), drawn.pages(), plan.linkable()), problems);
    }

    /** Open data, search index, schemas, feed and, with a base address, the pictures for social media. */
    List<SiteFile> publications() {
        SiteConfig site = project.site();
        Locale locale = site.locale();
        List<SiteFile> publications = new ArrayList<>(Publications.fromProject(project, reportTime,
                reuse.memo(), problems, spill::keep));
        if (site.iati() != null) {
            for (CaseStudy cs : project.caseStudies()) {
                if (!IatiActivities.publishable(cs)) {
                    problems.warning(new Location(cs.body().displayPath(), 1, 1), "the case study \"" + cs.title() + "\" is left out of the "
                            + "IATI file: an IATI activity needs its dates", "give its period: period: 2024 (or a month, "
                            + "a day, or {start: 2024-03, end: 2024-09})");
                }
            }
        }
        if (!site.baseUrl().isEmpty()) {
            progress.step("drawing pictures for social media", 0);
            SocialCards cards = new SocialCards(locale, site.accent());
            String siteYaml = paths.display(settings.sourceDirectory().resolve("site.yaml"));
            publications.addAll(project.caseStudies().parallelStream()
                    .map(cs -> spill.keep(reuse.get(Key.of(Kind.CARD, site.title(), site.highlights(), new Memo.Same(cs), locale,
                            site.accent()), problems, p -> cards.caseStudyCard(site, cs, p),
                            (kept, p) -> kept.pictures().caseStudyCard(cards, site, cs, p))))
                    .toList());
            publications.add(reuse.get(Key.of(Kind.SITE_CARD, site.title(), site.organization(), locale, site.accent()), problems,
                    p -> cards.siteCard(site, siteYaml, p)));
        }
        Set<String> published = publications.stream().map(SiteFile::path).collect(Collectors.toSet());
        if (!published.equals(linked)) {
            throw new IllegalStateException("the plan holds " + linked + " but the report publishes " + published);
        }
        return publications;
    }

    /** Every file of the site in path order: pages, the theme's files, copies of sources, publications, sitemap and robots. */
    List<SiteFile> assemble(List<SiteFile> pages, List<SiteFile> publications) throws IOException {
        List<SiteFile> files = new ArrayList<>(pages);
        files.addAll(renderer.themeFiles());
        files.addAll(new SourceCopies(paths, publishMap).collect(project, problems));
        files.addAll(publications);
        files = new ArrayList<>(dedupe(files));
        files.addAll(Publications.fromSite(project.site(), files.stream().map(SiteFile::path).toList()));
        return dedupe(files);
    }

    /**
     * The report's PDFs, made from the site's pages and pictures ({@code files}), added to them;
     * none when the run leaves them out or a mistake was found (nothing will be written).
     */
    List<SiteFile> pdfs(List<SiteFile> files) {
        if (!settings.pdf() || problems.hasErrors()) {
            return files;
        }
        progress.step("writing the PDFs", 0);
        Map<String, SiteFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Pdfs pdfs = new Pdfs(Portfolio.of(project), renderer, chartMaker,
                path -> byPath.containsKey(path) ? Pdfs.bytes(byPath.get(path), spill::bytes) : null, reportTime);
        List<SiteFile> made;
        try {
            made = pdfs.all(problems).stream().map(spill::keep).toList();
        } catch (Pdfs.Failure e) {
            Path style = userTemplates == null ? null : userTemplates.resolve("print.css");
            boolean own = style != null && (Files.isRegularFile(style) || Files.isRegularFile(userTemplates.resolve("print.ftlh")));
            Throwable cause = e.getCause();
            problems.error(own ? Location.file(paths.display(Files.isRegularFile(style) ? style : userTemplates.resolve("print.ftlh")))
                            : Location.setting("impact.pdf"),
                    "the PDF " + e.path() + " could not be made: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
                    own ? "simplify the print style (the PDF maker lays out CSS 2.1: blocks, inline blocks and tables, "
                            + "no floats in lists, no grid or flex), or build without the PDFs: -Dimpact.pdf=false"
                            : "build without the PDFs (-Dimpact.pdf=false) and please report it to impact-site with the report's files");
            return files;
        }
        Set<String> planned = plan.paths(SitePlan.Kind.PDF);
        Set<String> published = made.stream().map(SiteFile::path).collect(Collectors.toSet());
        if (!problems.hasErrors() && !published.equals(planned)) {
            throw new IllegalStateException("the plan holds the PDFs " + planned + " but the report makes " + published);
        }
        List<SiteFile> all = new ArrayList<>(files);
        all.addAll(made);
        return dedupe(all);
    }

    /** Every internal link of every page lands on a file of the site; a report without a base address is told what it lacks. */
    void check(List<SiteFile> files) {
        progress.step("checking links", 0);
        SiteConfig site = project.site();
        LinkChecker checker = new LinkChecker(Addresses.rootPath(site.baseUrl()));
        Set<String> present = files.stream().map(SiteFile::path).collect(Collectors.toUnmodifiableSet());
        // a mistake found already (a template that failed, an unsafe asset left out) breaks links
        // to what it concerns; the build fails anyway, and those links would only repeat it
        if (!problems.hasErrors()) {
            // each page read once (in the preview, again only when it changed), then every link
            // checked against the files and the ids of the page it lands on
            Map<String, LinkChecker.Page> pages = files.parallelStream()
                    .flatMap(f -> (reuse.memo() == null ? LinkChecker.read(f, spill)
                            : f.content() == null ? Optional.<LinkChecker.Page>empty()
                            : reuse.get(Key.of(Kind.LINKS, f.path(), new Memo.Same(f.content())), problems,
                                    p -> LinkChecker.read(f, Spill.none()))).stream().map(pg -> Map.entry(f.path(), pg)))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<LinkChecker.BrokenLink> brokenLinks = files.stream().map(f -> pages.get(f.path())).filter(Objects::nonNull)
                    .flatMap(pg -> checker.check(pg, present, pages).stream()).toList();
            Path templates = settings.sourceDirectory().resolve("templates");
            Map<String, Markdown> sources = sourcesByPage();
            for (LinkChecker.BrokenLink broken : brokenLinks) {
                Markdown source = sources.get(broken.page());
                if (broken.fragment() != null && source != null) {
                    // a story's #part to another page is written there without the s- its headings' ids get
                    String f = broken.fragment();
                    String written = source.text().contains("#" + f) || !f.startsWith("s-") ? f : f.substring(2);
                    problems.error(source.locationOf("#" + written), "\"#" + written + "\" names no heading or part of the page it "
                            + "links to (" + LinkChecker.resolve(broken.page(), broken.target()) + ")",
                            "link to one of that page's headings (its words in lower case, joined by hyphens: #how-we-count) "
                                    + "or parts (#results, #charts, #sources), or leave out the #part to link to the page");
                    continue;
                }
                problems.error(Location.file(paths.display(settings.outputDirectory().resolve(broken.page()))),
                        "broken link: " + broken, Files.isDirectory(templates)
                                ? "check the templates in " + paths.display(templates)
                                : "the project has no templates, so the default theme made this link: please report it to impact-site with this page");
            }
        }
        if (site.baseUrl().isEmpty() && !problems.hasErrors()) {
            problems.warning(new Location(paths.display(settings.sourceDirectory().resolve("site.yaml")), 1, 1),
                    "the report has no baseUrl, so it has no sitemap, no feed and no pictures for social media",
                    "add the address the report will be published at: baseUrl: https://impact.example.org/");
        }
    }

    /** The Markdown each case study's and free page's HTML page is made from, by the page's path. */
    private Map<String, Markdown> sourcesByPage() {
        Map<String, Markdown> sources = new HashMap<>();
        project.caseStudies().forEach(cs -> sources.put(Addresses.caseStudy(cs.slug()), cs.body()));
        project.pages().forEach(pg -> sources.put(Addresses.page(pg.slug()), pg.body()));
        return sources;
    }

    /** {@code project.build.outputTimestamp}, which dates the feed; null when not set. */
    private Instant buildTime() {
        String t = settings.outputTimestamp();
        if (t == null || t.strip().length() < 2) {
            return null;
        }
        Optional<Instant> time = Publications.buildTime(t);
        if (time.isEmpty()) {
            problems.error(Location.file(paths.display(settings.projectRoot().resolve("pom.xml"))),
                    "project.build.outputTimestamp must be a date and time such as 2024-01-31T12:00:00Z or seconds since 1970, got \"" + t + "\"",
                    "write <project.build.outputTimestamp>2024-01-31T12:00:00Z</project.build.outputTimestamp> in the pom's "
                            + "properties, or correct -Dimpact.outputTimestamp if it was given on the command line");
        }
        return time.orElse(null);
    }

    /**
     * What links and images in Markdown resolve against: every file of the source folder and
     * every case study's slug. Null without values kept in process (nothing is reused then).
     */
    private Object structure() throws IOException {
        if (reuse.memo() == null) {
            return null;
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(settings.sourceDirectory())) {
            files = walk.map(p -> settings.sourceDirectory().relativize(p).toString()).sorted().toList();
        }
        return reuse.shared(List.of(files, project.caseStudies().stream().map(cs -> cs.slug() + " " + cs.body().file()).toList(),
                project.pages().stream().map(FreePage::slug).toList()));
    }

    private <T> T ticked(T done) {
        progress.tick();
        return done;
    }

    private Project applyOverrides(Project loaded) {
        SiteConfig s = loaded.site();
        String baseUrl = settings.baseUrl() == null ? s.baseUrl() : OutputGuard.baseUrl(settings.baseUrl(), problems);
        String language = settings.locale() == null ? s.language() : OutputGuard.language(settings.locale(), problems);
        if (baseUrl.equals(s.baseUrl()) && language.equals(s.language())) {
            return loaded;
        }
        SiteConfig site = new SiteConfig(s.title(), s.organization(), baseUrl, language, s.intro(), s.logo(),
                s.highlights(), s.funders(), s.accent(), s.currencies(), s.iati());
        return new Project(site, loaded.caseStudies(), loaded.pages());
    }

    /** Two sources for one site path (an asset shadowing a page) would silently lose one. */
    private List<SiteFile> dedupe(List<SiteFile> files) {
        Map<String, SiteFile> byPath = new TreeMap<>();
        for (SiteFile f : files) {
            SiteFile before = byPath.putIfAbsent(f.path(), f);
            if (before != null && f.source() != null) {
                problems.error(Location.file(paths.display(f.source())),
                        "this file would be published at " + f.path() + ", where the report already has a page",
                        "rename the file or move it to another folder");
            }
        }
        return List.copyOf(byPath.values());
    }
}
