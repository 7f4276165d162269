package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of one report at once: the second waits, and the output is one build's, never a mix. */
class BuildLockTest {

    @TempDir
    Path dir;

    @Test
    void aBuildWaitsForTheOneWritingAndStopsWithAClearLineWhenItWaitedTooLong() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path out = project.resolve("target/impact-site");
        assertThat(new ImpactBuild(BuildSettings.of(project, true)).run().written()).isTrue();
        Map<String, byte[]> first = ImpactBuildTest.snapshot(out);
        Path taps = project.resolve("src/impact/case-studies/school-taps.md");
        Files.writeString(taps, Files.readString(taps).replaceFirst("(?m)^title: .*", "title: Taps for every school"));
        try (BuildLock held = BuildLock.take(out, 0, () -> { }).orElseThrow()) {
            List<String> told = new ArrayList<>();
            BuildResult stopped = new ImpactBuild(BuildSettings.of(project, true), told::add, 0).waitingAtMost(300).run();
            assertThat(stopped.written()).isFalse();
            assertThat(stopped.problems().errors()).singleElement().satisfies(e -> {
                assertThat(e.toString()).startsWith("target/.impact-site.lock:1:1: error: another build of this report is still writing"
                        + " target/impact-site after 0 s of waiting");
                assertThat(e.hint()).isEqualTo("run one build at a time; if no other build is running, build again");
            });
            assertThat(told).anyMatch(l -> l.contains("waiting for another build of this report to finish"));
            assertThat(ImpactBuildTest.snapshot(out)).containsOnlyKeys(first.keySet());
        }
        // the lock is free again: builds run, and two at once each write the whole report in turn
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BuildResult>> both = List.of(
                    pool.submit(() -> new ImpactBuild(BuildSettings.of(project, true)).run()),
                    pool.submit(() -> new ImpactBuild(BuildSettings.of(project, true)).run()));
            for (Future<BuildResult> f : both) {
                assertThat(f.get().problems().errors()).isEmpty();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, byte[]> after = ImpactBuildTest.snapshot(out);
        Path fresh = ImpactBuildTest.copyFixture("portfolio", dir.resolve("fresh"));
        Files.writeString(fresh.resolve("src/impact/case-studies/school-taps.md"), Files.readString(taps));
        assertThat(new ImpactBuild(BuildSettings.of(fresh, true)).run().written()).isTrue();
        Map<String, byte[]> expected = ImpactBuildTest.snapshot(fresh.resolve("target/impact-site"));
        assertThat(after.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }
}
