package org.impactsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.impactsite.load.ProjectPaths;
import org.impactsite.publish.Publications;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.SitePlan;
import org.impactsite.site.SiteWriter;
import org.impactsite.plan.Spill;

/** The pipeline: load, validate, render, write. No Maven types below this line. */
public final class ImpactBuild {

    /** The least time between two progress lines. */
    static final long PROGRESS_INTERVAL_MILLIS = 3_000;

    private final BuildSettings settings;
    private final Progress progress;
    private BuildMemo memo;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long lastMark;

    /** Milliseconds spent in each stage of the last run: check (is the report up to date?), load, charts, pages, publish, pdf, links, write. */
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
    /** @param plan what the report publishes; null when the build stopped before it was made */
    public record Built(BuildResult result, List<SiteFile> files, SitePlan plan) {
    }

    /** Builds, then writes the site when asked to and nothing went wrong. */
    public BuildResult run() throws IOException {
        if (!settings.write() || memo != null) {
            return runLocked();
        }
        try {
            return runWriting();
        } catch (IOException e) {
            return WriteFailure.of(e, settings).orElseThrow(() -> e);
        } catch (UncheckedIOException e) {
            return WriteFailure.of(e, settings).orElseThrow(() -> e);
        }
    }

    private BuildResult runWriting() throws IOException {
        Optional<BuildLock> lock = BuildLock.take(settings.outputDirectory(), lockWaitMillis,
                () -> progress.step("waiting for another build of this report to finish", 0));
        if (lock.isEmpty()) {
            Problems problems = new Problems();
            ProjectPaths paths = new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
            problems.error(Location.file(paths.display(BuildLock.fileFor(settings.outputDirectory()))),
                    "another build of this report is still writing " + paths.display(settings.outputDirectory())
                            + " after " + lockWaitMillis / 1000 + " s of waiting, so this one stops; the report is left as that build writes it",
                    "run one build at a time; if no other build is running, build again");
            return new BuildResult(problems, 0, 0, 0, 0, false, 0);
        }
        try (BuildLock held = lock.get()) {
            SiteWriter.recover(settings.outputDirectory());
            return runLocked();
        }
    }

    /** How long a build waits for another build of the same report to finish. */
    private long lockWaitMillis = 120_000;

    ImpactBuild waitingAtMost(long millis) {
        this.lockWaitMillis = millis;
        return this;
    }

    private BuildResult runLocked() throws IOException {
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
        boolean spilling = memo == null && OutputGuard.check(settings, new ProjectPaths(settings.projectRoot(), settings.sourceDirectory()), new Problems());
        try (Spill spill = spilling ? Spill.beside(settings.outputDirectory()) : Spill.none()) {
            Reuse.Kept kept = spilling ? Reuse.Kept.of(settings, spill) : null;
            BuildResult result = write(build(spill, kept == null ? reuse() : Reuse.onDisk(kept)), spill, record, checked, start);
            if (kept != null && result.written()) {
                try {
                    kept.update(settings.outputDirectory());
                } catch (IOException | UncheckedIOException e) {
                    // the report is written; only the next build's head start is lost
                    result.problems().add(WriteFailure.notKept(e, settings));
                }
            }
            return result;
        }
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
        BuildResult recorded = new BuildResult(r.problems(), r.pages(), r.charts(), r.dataFiles(), r.files(), true, millis(start));
        // the record is written before the new report replaces the old one, so that a build
        // stopped at any moment leaves a record owning whatever the output folder holds
        new SiteWriter(settings.outputDirectory()).write(built.files(), spill, staged -> {
            if (record != null) {
                record.save(recorded, staged);
            }
        });
        BuildResult written = new BuildResult(r.problems(), r.pages(), r.charts(), r.dataFiles(), r.files(), true, millis(start));
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
        return build(Spill.none(), reuse());
    }

    /** Values kept in this process when the build has a memo; nothing otherwise. */
    private Reuse reuse() {
        return memo == null ? Reuse.none() : Reuse.inProcess(memo);
    }

    /**
     * Everything but writing, with pages, pictures and data written to {@code spill} as they are
     * made, and charts, stories and pictures taken from {@code reuse} when what they are made
     * from is unchanged.
     */
    private Built build(Spill spill, Reuse reuse) throws IOException {
        if (memo != null) {
            memo.begin();
        }
        try {
            return make(spill, reuse);
        } finally {
            if (memo != null) {
                memo.end();
            }
        }
    }

    /** The stages of a build, in order; see {@link Stages}. */
    private Built make(Spill spillTo, Reuse reuseFor) throws IOException {
        long start = System.nanoTime();
        timings.clear();
        lastMark = start;
        Stages stages = new Stages(settings, progress);
        stages.load(reuseFor);
        if (!Files.isDirectory(settings.sourceDirectory())) {
            return new Built(result(stages.problems(), List.of(), 0, false, start), List.of(), null);
        }
        stages.keepIn(spillTo, reuseFor);
        SitePlan plan = stages.plan();
        mark("load");
        Stages.Drawn drawn = stages.draw();
        mark("charts");
        List<SiteFile> pages = stages.pages(drawn);
        int charts = drawn.chartCount();
        drawn = null; // the pages are made: the charts and stories can go
        mark("pages");
        List<SiteFile> publications = stages.publications();
        List<SiteFile> files = stages.assemble(pages, publications);
        mark("publish");
        files = stages.pdfs(files);
        mark("pdf");
        stages.check(files);
        mark("links");
        int dataFiles = (int) publications.stream().filter(f -> Publications.isOpenData(f.path())).count();
        return new Built(new BuildResult(stages.problems(), pages.size(), charts, dataFiles, files.size(), false,
                millis(start)), files, plan);
    }

    private static BuildResult result(Problems problems, List<SiteFile> files, int charts, boolean written, long start) {
        return new BuildResult(problems, 0, charts, 0, files.size(), written, millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
