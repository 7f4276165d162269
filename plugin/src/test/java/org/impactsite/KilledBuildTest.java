package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment (kill -9: no shutdown hook, no finally) leaves the last good
 * report byte for byte, or the new one whole, and the next build succeeds without cleaning.
 */
class KilledBuildTest {

    @TempDir
    Path dir;

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesOneWholeReportAndTheNextBuildSucceeds() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path out = project.resolve("target/impact-site");
        assertThat(new ImpactBuild(BuildSettings.of(project, true)).run().written()).isTrue();
        Path taps = project.resolve("src/impact/case-studies/school-taps.md");
        String original = Files.readString(taps);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        for (int delay : new int[] {100, 300, 600, 900, 1200, 1600, 2200}) {
            Map<String, byte[]> before = ImpactBuildTest.snapshot(out);
            // every round changes a title, so the killed build has something new to write
            String changed = original.replaceFirst("(?m)^title: .*", "title: Taps, round " + delay);
            Files.writeString(taps, changed);
            Path fresh = ImpactBuildTest.copyFixture("portfolio", dir.resolve("fresh" + delay));
            Files.writeString(fresh.resolve("src/impact/case-studies/school-taps.md"), changed);
            assertThat(new ImpactBuild(BuildSettings.of(fresh, true)).run().written()).isTrue();
            Map<String, byte[]> whole = ImpactBuildTest.snapshot(fresh.resolve("target/impact-site"));

            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Djava.awt.headless=true", KillableBuild.class.getName(), project.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child" + delay + ".log").toFile()).start();
            if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                kills++;
            }
            Map<String, byte[]> left = ImpactBuildTest.snapshot(out);
            assertThat(same(left, before) || same(left, whole)).as("after a kill at " + delay + " ms: the last report or the new one, whole")
                    .isTrue();
            BuildResult next = new ImpactBuild(BuildSettings.of(project, true)).run();
            assertThat(next.problems().errors()).as("the build after a kill at " + delay + " ms").isEmpty();
            assertThat(same(ImpactBuildTest.snapshot(out), whole)).as("the build after a kill at " + delay + " ms writes the whole report")
                    .isTrue();
        }
        assertThat(kills).as("most rounds were killed before their build ended").isGreaterThanOrEqualTo(4);
        try (var leftovers = Files.list(project.resolve("target"))) {
            // the report, its record and lock, and the charts, stories and pictures kept for the next build;
            // no spill, staging or previous copy left from a killed build
            assertThat(leftovers.map(p -> p.getFileName().toString())).isSubsetOf("impact-site", ".impact-site.record",
                    ".impact-site.lock", ".impact-site.charts", ".impact-site.stories", ".impact-site.pictures");
        }
    }

    @Test
    void aBuildStoppedBetweenMovingTheReportAsideAndTheNewOneInGetsTheLastReportBack() throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path out = project.resolve("target/impact-site");
        assertThat(new ImpactBuild(BuildSettings.of(project, true)).run().written()).isTrue();
        Map<String, byte[]> last = ImpactBuildTest.snapshot(out);
        // the moment of the swap: the report moved aside, the new one not yet in place
        Files.move(out, project.resolve("target/.impact-site.previous"));
        Files.createDirectories(project.resolve("target/.impact-site.staging/case-studies"));
        // the next build fails on a mistake, so it writes nothing: the last report is back all the same
        Path taps = project.resolve("src/impact/case-studies/school-taps.md");
        Files.writeString(taps, Files.readString(taps).replaceFirst("(?m)^title: .*", "title: [unclosed"));
        BuildResult failed = new ImpactBuild(BuildSettings.of(project, true)).run();
        assertThat(failed.problems().hasErrors()).isTrue();
        assertThat(same(ImpactBuildTest.snapshot(out), last)).isTrue();
        assertThat(project.resolve("target/.impact-site.previous")).doesNotExist();
    }
}
