package org.impactsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import org.impactsite.figures.Headline;
import org.impactsite.figures.Headlines;
import org.impactsite.figures.Units;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Currencies;
import org.impactsite.model.HighlightSpec;
import org.impactsite.model.FreePage;
import org.impactsite.model.Metric;
import org.impactsite.model.Project;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.DidYouMean;
import org.impactsite.validate.Located;
import org.impactsite.reuse.Memo;
import org.impactsite.validate.Identifiers;
import org.impactsite.reuse.Folders;
import org.impactsite.reuse.Key;

/**
 * Reads and validates a report's source folder ({@code src/impact}): {@code site.yaml}, the case
 * studies and the free pages. Every mistake in the user's files is collected in a
 * {@link Problems} list, located at its file, line and column; none is thrown.
 */
public final class ProjectLoader {

    private static final String MINIMAL_SITE = "create site.yaml with at least a title:\n"
            + "        title: \"Voices for change: impact report 2011-2021\"\n"
            + "        language: en";

    private final ProjectPaths paths;
    private final TextFiles files;

    public ProjectLoader(ProjectPaths paths) {
        this.paths = Objects.requireNonNull(paths, "paths");
        this.files = new TextFiles(paths);
    }

    private Memo memo;

    /**
     * Reuses what an earlier load in this process read from a case-study file whose text, and
     * the files beside it, are unchanged.
     */
    public ProjectLoader withMemo(Memo memo) {
        this.memo = memo;
        return this;
    }

    /** What reading one case-study file gave, with the series files it used. */
    private record Reading(Optional<CaseStudyReader.Read> read, Set<Path> used) {
    }

    /**
     * Reads and validates everything. The project holds what could be read (case studies sorted
     * by slug, pages by order then title); when {@code problems} has errors it may be incomplete.
     *
     * @throws IOException only when the disk fails, never for the content of a file
     */
    public Project load(Problems problems) throws IOException {
        Objects.requireNonNull(problems, "problems");
        Path src = paths.sourceRoot();
        if (!Files.isDirectory(src)) {
            problems.error(Location.file(paths.display(src)), Files.exists(src)
                            ? "the report's source folder " + paths.display(src) + " is a file, not a folder"
                            : "there is no source folder " + paths.display(src),
                    "create it with site.yaml and case-studies/, or set sourceDirectory (-Dimpact.sourceDirectory)"
                            + " to the folder that holds them");
            return new Project(SiteConfigReader.defaults(), List.of(), List.of());
        }
        SiteConfigReader.Read site = site(problems);
        checkTopLevel(src, problems);
        SourceTree tree = new SourceTree(paths, problems);
        int errorsBefore = problems.errors().size();
        List<CaseStudy> caseStudies = caseStudies(tree, problems);
        boolean caseStudyErrors = problems.errors().size() > errorsBefore;
        List<FreePage> pages = pages(tree, problems);
        if (!someUnread && !caseStudyErrors) {
            // a case study that could not be read at all may hold the metrics highlights name
            checkHighlights(site.highlights(), caseStudies, site.config().currencies(), problems);
        }
        SharedAddresses.check("theme", CaseStudy::themes, caseStudies, namesAt, problems);
        SharedAddresses.check("channel", CaseStudy::channels, caseStudies, namesAt, problems);
        return new Project(site.config(), caseStudies, pages);
    }

    /** What a report's source folder holds; hidden files aside, anything else is a warning. */
    static final List<String> TOP_LEVEL = List.of("site.yaml", "case-studies", "pages", "assets", "templates");

    /** A misspelt folder (case-study/, page/) would be left out without a word: say so. */
    private void checkTopLevel(Path src, Problems problems) throws IOException {
        List<String> names;
        try (java.util.stream.Stream<Path> inside = Files.list(src)) {
            names = inside.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            if (TOP_LEVEL.contains(name) || name.startsWith(".") || name.equals("site.yml")) {
                continue;
            }
            String hint = DidYouMean.hint(name, TOP_LEVEL);
            problems.warning(Location.file(paths.display(src.resolve(name))),
                    "the report does not use this; its source folder holds only " + String.join(", ", TOP_LEVEL),
                    hint.isEmpty() ? "move it out of " + paths.display(src) + ", or into assets/ to publish it as it is" : hint);
        }
    }

    private SiteConfigReader.Read site(Problems problems) throws IOException {
        ProjectPaths.Resolution r = paths.resolve(paths.sourceRoot(), "site.yaml");
        if (!r.ok()) {
            String shown = paths.display(paths.sourceRoot());
            if (r.missing()) {
                boolean yml = Files.exists(paths.sourceRoot().resolve("site.yml"));
                problems.error(Location.file(shown), "there is no site.yaml in " + shown,
                        yml ? "rename site.yml to site.yaml" : MINIMAL_SITE);
            } else {
                problems.error(Location.file(paths.display(paths.sourceRoot().resolve("site.yaml"))), r.reason(),
                        "keep site.yaml inside the report's source folder");
            }
            return new SiteConfigReader.Read(SiteConfigReader.defaults(), List.of());
        }
        Optional<SourceText> text = files.read(r.file(), problems);
        if (text.isEmpty()) {
            return new SiteConfigReader.Read(SiteConfigReader.defaults(), List.of());
        }
        return new SiteConfigReader(paths).read(text.get(), problems);
    }

    private List<CaseStudy> caseStudies(SourceTree tree, Problems problems) throws IOException {
        SourceTree.Scan scan = tree.caseStudies();
        try {
            return caseStudies(scan, problems);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a case-study file of the last load could not be read at all (its mistakes are reported). */
    private boolean someUnread;

    /** Where each case study writes each of its theme and channel names, by slug, from the last load. */
    private final Map<String, Map<String, Location>> namesAt = new HashMap<>();

    private List<CaseStudy> caseStudies(SourceTree.Scan scan, Problems problems) throws IOException {
        Set<Path> used = ConcurrentHashMap.newKeySet();
        namesAt.clear();
        Map<String, String> slugs = new HashMap<>();
        List<CaseStudy> out = new ArrayList<>();
        // read and check the files on every core; then the slugs in the scan's order, so the same
        // files always give the same "already used" messages
        Object siblings = memo == null ? null : memo.shared(listing(paths.sourceRoot().resolve("case-studies"), false));
        List<Optional<CaseStudyReader.Read>> reads = scan.entries().parallelStream().map(e -> {
            try {
                Optional<SourceText> text = files.read(e.file(), problems);
                if (text.isEmpty()) {
                    return Optional.<CaseStudyReader.Read>empty();
                }
                Reading reading;
                if (memo == null) {
                    reading = read(text.get(), e, problems);
                } else {
                    Key key = Key.of(Key.Kind.CASE_STUDY, e.file(), e.name(), text.get().text(),
                            e.bundleDir() == null ? siblings : listing(e.bundleDir(), true));
                    reading = memo.get(key, problems, p -> read(text.get(), e, p));
                }
                used.addAll(reading.used());
                return reading.read();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }).toList();
        someUnread = reads.stream().anyMatch(Optional::isEmpty);
        Map<String, Location> partOfAt = new HashMap<>();
        for (Optional<CaseStudyReader.Read> read : reads) {
            if (read.isPresent() && unique(read.get().caseStudy().slug(), read.get().slugAt(),
                    read.get().displayPath(), slugs, "case study", problems)) {
                out.add(read.get().caseStudy());
                namesAt.put(read.get().caseStudy().slug(), read.get().namesAt());
                if (read.get().partOfAt() != null) {
                    partOfAt.put(read.get().caseStudy().slug(), read.get().partOfAt());
                }
            }
        }
        Set<String> badWholes = new HashSet<>();
        for (CaseStudy cs : out) {
            if (cs.partOf() != null && !wholeOk(cs, out, partOfAt.get(cs.slug()), problems)) {
                badWholes.add(cs.slug());
            }
        }
        out.replaceAll(cs -> badWholes.contains(cs.slug()) ? withoutWhole(cs) : cs);
        for (Path other : scan.others()) {
            if (!used.contains(other.toAbsolutePath().normalize())) {
                problems.warning(new Location(paths.display(other), 1, 1), "this file is not a case study and is ignored",
                        "a case study is a .md file, or a folder with index.md; put the files a case study uses "
                                + "in its folder, shared images in assets/");
            }
        }
        if (scan.entries().isEmpty() && !Files.isRegularFile(paths.sourceRoot().resolve("case-studies"))) {
            problems.warning(Location.file(paths.display(paths.sourceRoot().resolve("case-studies"))),
                    "there are no case studies yet", "add a file such as case-studies/my-campaign.md");
        }
        out.sort(Comparator.comparing(CaseStudy::slug));
        return out;
    }

    /**
     * Whether {@code cs.partOf()} names another case study of the report and following the
     * wholes never comes back to it; else a located error.
     */
    private static boolean wholeOk(CaseStudy cs, List<CaseStudy> all, Location at, Problems problems) {
        Map<String, String> wholeOf = new HashMap<>();
        all.forEach(c -> wholeOf.put(c.slug(), c.partOf()));
        String whole = cs.partOf();
        if (whole.equals(cs.slug())) {
            problems.error(at, "partOf names this case study itself (\"" + whole + "\")",
                    "partOf names the slug of the larger case study this one is part of; remove it if there is none");
            return false;
        }
        if (!wholeOf.containsKey(whole)) {
            String hint = DidYouMean.hint(whole, new TreeSet<>(wholeOf.keySet()));
            problems.error(at, "partOf names \"" + whole + "\", but no case study has that slug",
                    hint.isEmpty() ? "write the slug of the larger case study (its file or folder name, or its slug:)"
                            : hint);
            return false;
        }
        List<String> chain = new ArrayList<>(List.of(cs.slug()));
        for (String w = whole; w != null; w = wholeOf.get(w)) {
            if (chain.contains(w) && !w.equals(cs.slug())) {
                return true; // a circle further up: reported at the case studies in it
            }
            if (chain.contains(w)) {
                chain.add(w);
                problems.error(at, "partOf goes round in a circle: " + String.join(" is part of ", chain),
                        "a case study cannot be part of its own part; remove partOf from one of them");
                return false;
            }
            chain.add(w);
        }
        return true;
    }

    private static CaseStudy withoutWhole(CaseStudy cs) {
        return new CaseStudy(cs.slug(), cs.title(), cs.summary(), cs.organization(), cs.partners(), cs.country(),
                cs.period(), cs.channels(), cs.themes(), cs.sdgs(), cs.campaign(), cs.metrics(), cs.outcomes(),
                cs.awards(), cs.quotes(), cs.charts(), cs.sources(), cs.body(), cs.bundleDir(), null, cs.iatiIdentifier());
    }

    private Reading read(SourceText text, SourceTree.Entry e, Problems problems) {
        Set<Path> used = ConcurrentHashMap.newKeySet();
        try {
            return new Reading(new CaseStudyReader(paths, files, used).read(text, e.name(), e.bundleDir(), problems),
                    Set.copyOf(used));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The files of a folder (and below it when {@code deep}) other than Markdown, with sizes and
     * modification times: what a case study's series and images may come from.
     */
    private static List<String> listing(Path dir, boolean deep) {
        return Folders.listing(dir, deep ? Integer.MAX_VALUE : 1,
                f -> Files.isRegularFile(f) && (deep || !f.toString().endsWith(".md")));
    }

    private List<FreePage> pages(SourceTree tree, Problems problems) throws IOException {
        SourceTree.Scan scan = tree.pages();
        Map<String, String> slugs = new HashMap<>();
        List<FreePage> out = new ArrayList<>();
        for (SourceTree.Entry e : scan.entries()) {
            Optional<SourceText> text = files.read(e.file(), problems);
            if (text.isEmpty()) {
                continue;
            }
            Optional<FreePageReader.Read> read = FreePageReader.read(text.get(), e.name(), problems);
            if (read.isPresent() && unique(read.get().page().slug(), read.get().slugAt(), read.get().displayPath(),
                    slugs, "page", problems)) {
                out.add(read.get().page());
            }
        }
        for (Path other : scan.others()) {
            problems.warning(new Location(paths.display(other), 1, 1), "this is not a page and is ignored",
                    "pages/ holds one .md file per page; images go in assets/");
        }
        out.sort(Comparator.comparingInt(FreePage::order).thenComparing(FreePage::title).thenComparing(FreePage::slug));
        return out;
    }

    private static boolean unique(String slug, Location at, String file, Map<String, String> seen, String what,
            Problems problems) {
        String first = seen.putIfAbsent(slug, file);
        if (first != null) {
            problems.error(at, "the slug \"" + slug + "\" is already used by the " + what + " " + first,
                    "give one of them another address, such as slug: " + Identifiers.slugOf(
                            shortenedFor(slug, "-2")) + "-2");
            return false;
        }
        return true;
    }

    /** {@code slug} cut so that it still is a slug with {@code suffix} added. */
    private static String shortenedFor(String slug, String suffix) {
        String s = slug;
        while (!s.isEmpty() && Identifiers.isTooLong(s + suffix)) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s.replaceAll("-+$", "");
    }

    /**
     * Each highlight names a metric some case study has, adds figures that can be added, and
     * says which unit it adds when its figures carry several ({@link Headlines}).
     */
    private static void checkHighlights(List<Located<HighlightSpec>> highlights, List<CaseStudy> caseStudies,
            Currencies currencies, Problems problems) {
        Set<String> ids = new TreeSet<>();
        caseStudies.forEach(cs -> cs.metrics().stream().map(Metric::id).forEach(ids::add));
        for (Located<HighlightSpec> h : highlights) {
            String id = h.value().metric();
            if (!ids.contains(id)) {
                String hint = DidYouMean.hint(id, ids);
                problems.warning(h.at(), "highlights names \"" + id + "\", but no case study has a metric with that id",
                        hint.isEmpty() ? "add a metric with id: " + id + " to a case study, or remove it from highlights"
                                : hint);
                continue;
            }
            Headlines.Entry e = Headlines.of(List.of(h.value()), caseStudies, currencies).get(0);
            if (!e.notAdditive().isEmpty()) {
                String unit = h.value().unit() != null && !Units.isAdditive(h.value().unit()) ? h.value().unit()
                        : e.notAdditive().get(0).metric().unit();
                problems.error(h.at(), "highlights adds up \"" + id + "\", but \"" + unit.strip() + "\" is a share, rate, "
                                + "average or rank (" + slugs(e.notAdditive().stream().map(p -> p.caseStudy().slug()))
                                + "), and figures of that kind cannot be added",
                        "remove it from highlights and let each case study's page show it; to give a total, add the "
                                + "counts behind it (people, views) under their own metric id");
            } else if (e.mixedUnits()) {
                String byUnit = e.totals().stream().map(t -> "\"" + t.unit() + "\" in " + slugs(java.util.stream.Stream.concat(
                        t.parts().stream().map(p -> p.caseStudy().slug()),
                        t.leftOut().stream().filter(l -> l.reason() == Headline.Reason.COUNTED_IN_WHOLE)
                                .map(l -> l.caseStudy().slug())))).collect(java.util.stream.Collectors.joining("; "));
                problems.warning(h.at(), "highlights adds up \"" + id + "\", whose figures carry different units, so the "
                                + "home page shows one total per unit: " + byUnit,
                        "name the unit to add, as in - {metric: " + id + ", unit: " + e.totals().get(0).unit()
                                + "}, or give figures of different things different metric ids"
                                + (e.totals().stream().allMatch(t -> Units.isCurrency(t.unit()))
                                ? "; to convert currencies, declare currencies: {base: ..., rates: {...}, source: ..., date: ...}"
                                : ""));
            } else if (e.totals().isEmpty() && h.value().unit() != null) {
                String units = e.found().stream().filter(p -> !p.metric().isContext())
                        .map(p -> p.metric().unit() == null ? "no unit" : "\"" + p.metric().unit().strip() + "\"")
                        .distinct().collect(java.util.stream.Collectors.joining(", "));
                problems.warning(h.at(), "highlights adds up \"" + id + "\" in \"" + h.value().unit().strip()
                                + "\", but no case study reports it in that unit" + (units.isEmpty() ? "" : " (they use " + units + ")"),
                        "write the unit as the case studies do, or leave unit out to add each unit apart");
            }
        }
    }

    private static String slugs(java.util.stream.Stream<String> slugs) {
        return String.join(", ", slugs.distinct().toList());
    }
}
