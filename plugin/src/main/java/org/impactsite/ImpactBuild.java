package org.impactsite;

import java.io.IOException;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.impactsite.chart.ChartCache;
import org.impactsite.chart.ChartMaker;
import org.impactsite.chart.RenderedChart;
import org.impactsite.load.ProjectLoader;
import org.impactsite.load.ProjectPaths;
import org.impactsite.markdown.MarkdownRenderer;
import org.impactsite.markdown.StoryCache;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.page.PageInputs;
import org.impactsite.page.PageRenderer;
import org.impactsite.page.UserTemplates;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.problem.Location;
import org.impactsite.publish.PictureCache;
import org.impactsite.publish.Publications;
import org.impactsite.publish.SocialCards;
import org.impactsite.problem.Problems;
import org.impactsite.site.LinkChecker;
import org.impactsite.site.PublishMap;
import org.impactsite.plan.SiteFile;
import org.impactsite.site.SiteWriter;
import org.impactsite.plan.Spill;
import org.impactsite.site.SourceCopies;
import org.impactsite.problem.Memo;

/** The pipeline: load, validate, render, write. No Maven types below this line. */
public final class ImpactBuild {

    /** The least time between two progress lines. */
    static final long PROGRESS_INTERVAL_MILLIS = 3_000;

    private final BuildSettings settings;
    private final Progress progress;
    private BuildMemo memo;
    private final Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private long lastMark;

    /** Milliseconds spent in each stage of the last run: check (is the report up to date?), load, charts, pages, publish, links, write. */
    public Map<String, Long> timings() {
        return Map.copyOf(timings);
    }

    private void mark(String stage) {
        long now = System.nanoTime();
        timings.merge(stage, (now - lastMark) / 1_000_000, Long::sum);
        lastMark = now;
    }

    public ImpactBuild(BuildSettings settings) {
        this.settings = settings;
        this.progress = Progress.silent();
    }

    /** @param progress receives a line every few seconds while a long build runs */
    public ImpactBuild(BuildSettings settings, Consumer<String> progress) {
        this(settings, progress, PROGRESS_INTERVAL_MILLIS);
    }

    ImpactBuild(BuildSettings settings, Consumer<String> progress, long intervalMillis) {
        this.settings = settings;
        this.progress = new Progress(progress, intervalMillis);
    }

    /**
     * Keeps charts, stories and pictures between builds of this project in this process, so
     * that a rebuild after a small change redoes only what the change touched.
     */
    public ImpactBuild withMemo(BuildMemo memo) {
        this.memo = memo;
        return this;
    }

    private boolean failOnWarning;

    /** A build with a warning then writes nothing, as one with an error: the run fails and the previous report stays. */
    public ImpactBuild failingOnWarnings(boolean fail) {
        this.failOnWarning = fail;
        return this;
    }

    /** A build's outcome and the files of the site, in path order (empty when it stopped early). */
    public record Built(BuildResult result, List<SiteFile> files) {
    }

    /** Builds, then writes the site when asked to and nothing went wrong. */
    public BuildResult run() throws IOException {
        long start = System.nanoTime();
        upToDate = false;
        BuildRecord record = settings.write() && memo == null ? BuildRecord.of(settings) : null;
        if (record != null) {
            Optional<BuildResult> same = record.reuse();
            if (same.isPresent()) {
                timings.clear();
                timings.put("check", millis(start));
                upToDate = true;
                BuildResult r = same.get();
                return new BuildResult(r.problems(), r.pages(), r.charts(), r.dataFiles(), r.files(), false, millis(start));
            }
        }
        long checked = millis(start);
        if (!settings.write()) {
            return build().result();
        }
        // pages, pictures and data go to disk as they are made, and into the report only at the
        // end; a spill folder starts by deleting any leftover, so only beside an accepted output
        boolean spilling = memo == null && OutputGuard.check(settings, paths(settings), new Problems());
        try (Spill spill = spilling ? Spill.beside(settings.outputDirectory()) : Spill.none()) {
            Kept kept = spilling ? new Kept(
                    PictureCache.beside(settings.outputDirectory(), settings.projectRoot(), BuildRecord.codeDigest()),
                    ChartCache.beside(settings.outputDirectory(), settings.projectRoot(), BuildRecord.codeDigest(), spill::write),
                    StoryCache.beside(settings.outputDirectory(), settings.projectRoot(), BuildRecord.codeDigest(), spill::write))
                    : null;
            BuildResult result = write(build(spill, kept), spill, record, checked, start);
            if (kept != null && result.written()) {
                kept.pictures().update(settings.outputDirectory());
                kept.charts().update(settings.outputDirectory());
                kept.stories().update(settings.outputDirectory());
            }
            return result;
        }
    }

    /** Pictures, charts and stories kept on disk between builds. */
    private record Kept(PictureCache pictures, ChartCache charts, StoryCache stories) {
    }

    private BuildResult write(Built built, Spill spill, BuildRecord record, long checked, long start) throws IOException {
        if (record != null) {
            timings.put("check", checked);
        }
        BuildResult r = built.result();
        if (r.problems().hasErrors() || failOnWarning && !r.problems().warnings().isEmpty() || built.files().isEmpty()) {
            return r;
        }
        progress.step("writing " + built.files().size() + " files", 0);
        lastMark = System.nanoTime();
        new SiteWriter(settings.outputDirectory()).write(built.files(), spill);
        BuildResult written = new BuildResult(r.problems(), r.pages(), r.charts(), r.dataFiles(), r.files(), true, millis(start));
        if (record != null) {
            record.save(written);
        }
        mark("write");
        return written;
    }

    private boolean upToDate;

    /**
     * Whether the last {@link #run()} found the report up to date: nothing it is made from
     * changed since it was written and its files are as they were written, so nothing was built.
     */
    public boolean upToDate() {
        return upToDate;
    }

    /** Everything but writing: the problems and the files of the site, all in memory. */
    public Built build() throws IOException {
        return build(Spill.none(), null);
    }

    /**
     * Everything but writing, with pages, pictures and data written to {@code spill} as they are
     * made, and pictures and charts taken from {@code kept} (null for none) when what they are
     * made from is unchanged.
     */
    private Built build(Spill spill, Kept kept) throws IOException {
        if (memo != null) {
            memo.begin();
        }
        try {
            return make(spill, kept);
        } finally {
            if (memo != null) {
                memo.end();
            }
        }
    }

    /** {@code make} through the memo when there is one. */
    private <V> V memo(Object key, Problems problems, java.util.function.Function<Problems, V> make) {
        return memo == null ? make.apply(problems) : memo.get(key, problems, make);
    }

    /** @param kept pictures and charts kept between builds on disk; null for none */
    private Built make(Spill spillTo, Kept keptFor) throws IOException {
        long start = System.nanoTime();
        timings.clear();
        lastMark = start;
        Problems problems = new Problems();
        ProjectPaths paths = new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
        // a refused output folder is reported with every other problem; nothing is written then
        OutputGuard.check(settings, paths, problems);
        progress.step("reading the case studies", 0);
        Project project = applyOverrides(new ProjectLoader(paths).withMemo(memo).load(problems), problems);
        if (!Files.isDirectory(settings.sourceDirectory())) {
            return new Built(result(problems, List.of(), 0, false, start), List.of());
        }
        Locale locale = project.site().locale();
        // with mistakes found already nothing of this build will be written or kept: keep it in memory
        Spill spill = problems.hasErrors() ? Spill.none() : spillTo;
        Kept kept = problems.hasErrors() ? null : keptFor;

        mark("load");
        PublishMap publishMap = new PublishMap(settings.sourceDirectory(), project);
        Object structure = structure(project);
        MarkdownRenderer markdown = new MarkdownRenderer(paths, publishMap);
        ChartMaker chartMaker = new ChartMaker(locale, project.site().accent());

        progress.step("drawing charts and stories of " + project.caseStudies().size() + " case studies",
                project.caseStudies().size() * 2);
        Map<String, List<RenderedChart>> charts = new TreeMap<>(project.caseStudies().parallelStream()
                .collect(Collectors.toMap(CaseStudy::slug, cs -> ticked(memo(key("charts", same(cs), locale, project.site().accent()), problems,
                        p -> kept == null ? chartMaker.forCaseStudy(cs)
                                : kept.charts().forCaseStudy(chartMaker, cs, locale, project.site().accent()))))));
        Map<String, String> stories = new TreeMap<>(project.caseStudies().parallelStream()
                .collect(Collectors.toMap(CaseStudy::slug,
                        cs -> ticked(memo(key("story", cs.body(), cs.slug(), structure), problems,
                                p -> kept == null ? markdown.render(cs.body(), Addresses.caseStudy(cs.slug()), 3, p)
                                        : kept.stories().render(markdown, cs.body(), Addresses.caseStudy(cs.slug()), 3, p))))));
        Map<String, String> pages = new TreeMap<>(project.pages().stream()
                .collect(Collectors.toMap(FreePage::slug,
                        p -> memo(key("page", p.body(), p.slug(), structure), problems,
                                own -> markdown.render(p.body(), Addresses.page(p.slug()), own)))));
        SiteConfig site = project.site();
        String intro = site.intro() == null ? "" : memo(key("intro", site.intro(), structure), problems,
                p -> markdown.render(site.intro(), Addresses.home(), p));
        List<RenderedChart> portfolioCharts = memo(key("portfolio-charts", project.caseStudies().stream().map(ImpactBuild::same).toList(), site.highlights(),
                locale, site.accent()), problems, p -> chartMaker.forPortfolio(project));

        mark("charts");
        // pages first, while the charts and stories are at hand; they link to the data and
        // pictures made next by their known paths, and the charts and stories can go after
        progress.step("rendering pages", 0);
        Set<String> publishedPaths = Publications.paths(project);
        Instant reportTime = buildTime(problems);
        PageRenderer renderer = new PageRenderer(UserTemplates.folder(paths, problems), locale, paths::display).withMemo(memo)
                .withReportDate(reportTime == null ? null : reportTime.atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .withSpill(spill);
        List<SiteFile> pageFiles = renderer.render(new PageInputs(Portfolio.of(project), charts, portfolioCharts, stories,
                intro, pages, publishedPaths), problems);
        int chartCount = portfolioCharts.size() + charts.values().stream().mapToInt(List::size).sum();
        charts.clear(); // the inputs held copies; the pages are made
        stories.clear();

        mark("pages");
        List<SiteFile> publications = new ArrayList<>(Publications.fromProject(project, reportTime, memo, problems, spill::keep));
        if (!site.baseUrl().isEmpty()) {
            progress.step("drawing pictures for social media", 0);
            SocialCards cards = new SocialCards(locale, site.accent());
            String siteYaml = paths.display(settings.sourceDirectory().resolve("site.yaml"));
            publications.addAll(project.caseStudies().parallelStream()
                    .map(cs -> spill.keep(memo(key("card", site.title(), site.highlights(), same(cs), locale, site.accent()), problems,
                            p -> kept == null ? cards.caseStudyCard(site, cs, p)
                                    : kept.pictures().caseStudyCard(cards, site, cs, p))))
                    .toList());
            publications.add(memo(key("site-card", site.title(), site.organization(), locale, site.accent()), problems,
                    p -> cards.siteCard(site, siteYaml, p)));
        }
        Set<String> published = publications.stream().map(SiteFile::path).collect(Collectors.toSet());
        if (!published.equals(publishedPaths)) {
            throw new IllegalStateException("the pages link to " + publishedPaths + " but the report publishes " + published);
        }

        List<SiteFile> files = new ArrayList<>(pageFiles);
        files.addAll(renderer.themeFiles());
        files.addAll(new SourceCopies(paths, publishMap).collect(project, problems));
        files.addAll(publications);
        files = new ArrayList<>(dedupe(files, paths, problems));
        files.addAll(Publications.fromSite(site, files.stream().map(SiteFile::path).toList()));
        files = dedupe(files, paths, problems);
        mark("publish");
        progress.step("checking links", 0);
        LinkChecker checker = new LinkChecker(Addresses.rootPath(site.baseUrl()));
        Set<String> present = files.stream().map(SiteFile::path).collect(Collectors.toUnmodifiableSet());
        Object presentKey = memo == null ? null : memo.shared(present);
        // a mistake found already (a template that failed, an unsafe asset left out) breaks links
        // to what it concerns; the build fails anyway, and those links would only repeat it
        List<LinkChecker.BrokenLink> brokenLinks = problems.hasErrors() ? List.of() : files.parallelStream()
                .filter(f -> f.path().endsWith(".html") && (f.content() != null || spill.holds(f)))
                .flatMap(f -> memo == null ? checker.checkPage(f, spill, present).stream()
                        : memo(key("links", f.path(), new Memo.Same(f.content()),
                        presentKey, site.baseUrl()), problems, p -> checker.checkPage(f, present)).stream())
                .toList();
        for (LinkChecker.BrokenLink broken : brokenLinks) {
            problems.error(Location.file(paths.display(settings.outputDirectory().resolve(broken.page()))),
                    "broken link: " + broken, Files.isDirectory(settings.sourceDirectory().resolve("templates"))
                            ? "check the templates in " + paths.display(settings.sourceDirectory().resolve("templates"))
                            : "the project has no templates, so the default theme made this link: please report it to impact-site with this page");
        }
        if (site.baseUrl().isEmpty() && !problems.hasErrors()) {
            problems.warning(new Location(paths.display(settings.sourceDirectory().resolve("site.yaml")), 1, 1),
                    "the report has no baseUrl, so it has no sitemap, no feed and no pictures for social media",
                    "add the address the report will be published at: baseUrl: https://impact.example.org/");
        }
        mark("links");
        int dataFiles = (int) publications.stream().filter(f -> Publications.isOpenData(f.path())).count();
        return new Built(new BuildResult(problems, pageFiles.size(), chartCount, dataFiles, files.size(), false,
                millis(start)), files);
    }

    /** {@code project.build.outputTimestamp}, which dates the feed; null when not set. */
    private Instant buildTime(Problems problems) {
        String t = settings.outputTimestamp();
        if (t == null || t.strip().length() < 2) {
            return null;
        }
        Optional<Instant> time = Publications.buildTime(t);
        if (time.isEmpty()) {
            problems.error(Location.file(paths(settings).display(settings.projectRoot().resolve("pom.xml"))),
                    "project.build.outputTimestamp must be a date and time such as 2024-01-31T12:00:00Z or seconds since 1970, got \"" + t + "\"",
                    "write <project.build.outputTimestamp>2024-01-31T12:00:00Z</project.build.outputTimestamp> in the pom's "
                            + "properties, or correct -Dimpact.outputTimestamp if it was given on the command line");
        }
        return time.orElse(null);
    }

    private static ProjectPaths paths(BuildSettings settings) {
        return new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
    }

    /**
     * A case study as a key part, compared by identity: the loader hands out the same object
     * for a file that did not change, and a new one for a file that did.
     */
    private static Object same(CaseStudy cs) {
        return new Memo.Same(cs);
    }

    /** A memo key: the kind of value and the inputs it is made from, compared by value. */
    private static Object key(Object... parts) {
        return java.util.Arrays.asList(parts);
    }

    /**
     * What links and images in Markdown resolve against: every file of the source folder and
     * every case study's slug. Null without a memo (nothing is reused then).
     */
    private Object structure(Project project) throws IOException {
        if (memo == null) {
            return null;
        }
        List<String> files;
        try (java.util.stream.Stream<java.nio.file.Path> walk = Files.walk(settings.sourceDirectory())) {
            files = walk.map(p -> settings.sourceDirectory().relativize(p).toString()).sorted().toList();
        }
        return memo.shared(key(files, project.caseStudies().stream().map(cs -> cs.slug() + " " + cs.body().file()).toList(),
                project.pages().stream().map(pg -> pg.slug()).toList()));
    }

    private <T> T ticked(T done) {
        progress.tick();
        return done;
    }

    private Project applyOverrides(Project project, Problems problems) {
        SiteConfig s = project.site();
        String baseUrl = settings.baseUrl() == null ? s.baseUrl() : OutputGuard.baseUrl(settings.baseUrl(), problems);
        String language = settings.locale() == null ? s.language() : OutputGuard.language(settings.locale(), problems);
        if (baseUrl.equals(s.baseUrl()) && language.equals(s.language())) {
            return project;
        }
        SiteConfig site = new SiteConfig(s.title(), s.organization(), baseUrl, language, s.intro(), s.logo(),
                s.highlights(), s.funders(), s.accent(), s.currencies());
        return new Project(site, project.caseStudies(), project.pages());
    }

    /** Two sources for one site path (an asset shadowing a page) would silently lose one. */
    private static List<SiteFile> dedupe(List<SiteFile> files, ProjectPaths paths, Problems problems) {
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

    private static BuildResult result(Problems problems, List<SiteFile> files, int charts, boolean written, long start) {
        return new BuildResult(problems, 0, charts, 0, files.size(), written, millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
