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

import org.impactsite.chart.ChartMaker;
import org.impactsite.chart.RenderedChart;
import org.impactsite.load.ProjectLoader;
import org.impactsite.load.ProjectPaths;
import org.impactsite.markdown.MarkdownRenderer;
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
import org.impactsite.publish.Publications;
import org.impactsite.publish.SocialCards;
import org.impactsite.problem.Problems;
import org.impactsite.site.LinkChecker;
import org.impactsite.site.PublishMap;
import org.impactsite.site.SiteFile;
import org.impactsite.site.SiteWriter;
import org.impactsite.site.SourceCopies;

/** The pipeline: load, validate, render, write. No Maven types below this line. */
public final class ImpactBuild {

    /** The least time between two progress lines. */
    static final long PROGRESS_INTERVAL_MILLIS = 3_000;

    private final BuildSettings settings;
    private final Progress progress;

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

    public BuildResult run() throws IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        ProjectPaths paths = new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
        if (!OutputGuard.check(settings, paths, problems)) {
            return result(problems, List.of(), 0, false, start);
        }
        progress.step("reading the case studies", 0);
        Project project = applyOverrides(new ProjectLoader(paths).load(problems), problems);
        if (!Files.isDirectory(settings.sourceDirectory())) {
            return result(problems, List.of(), 0, false, start);
        }
        Locale locale = project.site().locale();

        PublishMap publishMap = new PublishMap(settings.sourceDirectory(), project);
        MarkdownRenderer markdown = new MarkdownRenderer(paths, publishMap);
        ChartMaker chartMaker = new ChartMaker(locale, project.site().accent());

        progress.step("drawing charts and stories of " + project.caseStudies().size() + " case studies",
                project.caseStudies().size() * 2);
        Map<String, List<RenderedChart>> charts = new TreeMap<>(project.caseStudies().parallelStream()
                .collect(Collectors.toMap(CaseStudy::slug, cs -> ticked(chartMaker.forCaseStudy(cs)))));
        Map<String, String> stories = new TreeMap<>(project.caseStudies().parallelStream()
                .collect(Collectors.toMap(CaseStudy::slug,
                        cs -> ticked(markdown.render(cs.body(), Addresses.caseStudy(cs.slug()), 3, problems)))));
        Map<String, String> pages = new TreeMap<>(project.pages().stream()
                .collect(Collectors.toMap(FreePage::slug,
                        p -> markdown.render(p.body(), Addresses.page(p.slug()), problems))));
        SiteConfig site = project.site();
        String intro = site.intro() == null ? "" : markdown.render(site.intro(), Addresses.home(), problems);
        List<RenderedChart> portfolioCharts = chartMaker.forPortfolio(project);

        List<SiteFile> publications = new ArrayList<>(Publications.fromProject(project, buildTime(problems)));
        if (!site.baseUrl().isEmpty()) {
            progress.step("drawing pictures for social media", 0);
            publications.addAll(new SocialCards(locale, site.accent()).draw(project,
                    paths.display(settings.sourceDirectory().resolve("site.yaml")), problems));
        }
        Set<String> publishedPaths = publications.stream().map(SiteFile::path).collect(Collectors.toSet());

        progress.step("rendering pages", 0);
        PageRenderer renderer = new PageRenderer(UserTemplates.folder(paths, problems), locale, paths::display);
        PageInputs inputs = new PageInputs(Portfolio.of(project), charts, portfolioCharts, stories, intro, pages,
                publishedPaths);
        List<SiteFile> pageFiles = renderer.render(inputs, problems);

        List<SiteFile> files = new ArrayList<>(pageFiles);
        files.addAll(renderer.themeFiles());
        files.addAll(new SourceCopies(paths, publishMap).collect(project, problems));
        files.addAll(publications);
        files = new ArrayList<>(dedupe(files, paths, problems));
        files.addAll(Publications.fromSite(site, files.stream().map(SiteFile::path).toList()));
        files = dedupe(files, paths, problems);
        progress.step("checking links", 0);
        for (LinkChecker.BrokenLink broken : new LinkChecker(Addresses.rootPath(site.baseUrl())).check(files)) {
            problems.error(Location.file(paths.display(settings.outputDirectory().resolve(broken.page()))),
                    "broken link: " + broken, "check the templates in " + paths.display(settings.sourceDirectory().resolve("templates")));
        }
        int chartCount = portfolioCharts.size() + charts.values().stream().mapToInt(List::size).sum();
        if (site.baseUrl().isEmpty() && !problems.hasErrors()) {
            problems.warning(new Location(paths.display(settings.sourceDirectory().resolve("site.yaml")), 1, 1),
                    "the report has no baseUrl, so it has no sitemap, no feed and no pictures for social media",
                    "add the address the report will be published at: baseUrl: https://impact.example.org/");
        }
        boolean written = false;
        if (settings.write() && !problems.hasErrors()) {
            progress.step("writing " + files.size() + " files", 0);
            new SiteWriter(settings.outputDirectory()).write(files);
            written = true;
        }
        int dataFiles = (int) publications.stream().filter(f -> Publications.isOpenData(f.path())).count();
        return new BuildResult(problems, pageFiles.size(), chartCount, dataFiles, files.size(), written, millis(start));
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
                    "write <project.build.outputTimestamp>2024-01-31T12:00:00Z</project.build.outputTimestamp> in the pom's properties");
        }
        return time.orElse(null);
    }

    private static ProjectPaths paths(BuildSettings settings) {
        return new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
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
                s.highlights(), s.funders(), s.accent());
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
