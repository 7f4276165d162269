package org.impactsite.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's cache: where it is, how big it may grow, and what trimming it removes. */
class SharedCacheTest {

    @TempDir
    Path dir;

    private static final long HOUR = 60 * 60 * 1000L;
    private static final long NOW = 1_800_000_000_000L;

    @Test
    void itLivesInTheUsersCacheFolderUnlessTheUserNamesAnotherOrTurnsItOff() {
        assertThat(SharedCache.folder(null, Map.of(), "/home/ana")).isEqualTo(Path.of("/home/ana/.cache/impact-site"));
        assertThat(SharedCache.folder(" ", Map.of("XDG_CACHE_HOME", "/var/cache/ana"), "/home/ana"))
                .isEqualTo(Path.of("/var/cache/ana/impact-site"));
        assertThat(SharedCache.folder(null, Map.of("XDG_CACHE_HOME", "relative"), "/home/ana"))
                .as("a relative XDG_CACHE_HOME is ignored, as its specification says")
                .isEqualTo(Path.of("/home/ana/.cache/impact-site"));
        assertThat(SharedCache.folder("/ci/cache", Map.of(), "/home/ana")).isEqualTo(Path.of("/ci/cache"));
        assertThat(SharedCache.folder("off", Map.of(), "/home/ana")).isNull();
        assertThat(SharedCache.folder("None", Map.of(), "/home/ana")).isNull();
    }

    @Test
    void sizesAreReadInBytesOrWithAUnit() {
        assertThat(SharedCache.size("1g")).isEqualTo(1L << 30);
        assertThat(SharedCache.size("512M")).isEqualTo(512L << 20);
        assertThat(SharedCache.size("512mb")).isEqualTo(512L << 20);
        assertThat(SharedCache.size("2048")).isEqualTo(2048);
        assertThat(SharedCache.size("0")).isZero();
        assertThat(SharedCache.size("1.5g")).isEqualTo(-1);
        assertThat(SharedCache.size("-1")).isEqualTo(-1);
        assertThat(SharedCache.size("lots")).isEqualTo(-1);
        assertThat(SharedCache.size("")).isEqualTo(-1);
        assertThat(SharedCache.size(null)).isEqualTo(-1);
        assertThat(SharedCache.size("99999999999999g")).isEqualTo(-1);
    }

    private Path file(String path, int size, long used) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.write(f, new byte[size]);
        Files.setLastModifiedTime(f, FileTime.fromMillis(used));
        return f;
    }

    @Test
    void trimmingRemovesTheFilesUsedLongestAgoUntilTheCacheFitsAndSparesRecentOnes() throws IOException {
        Path oldest = file("charts/a.charts", 400, NOW - 5 * HOUR);
        Path older = file("pictures/b.png", 400, NOW - 4 * HOUR);
        Path old = file("stories/c.story", 400, NOW - 3 * HOUR);
        Path recent = file("pictures/d.png", 400, NOW - HOUR / 2);
        Path recentToo = file("charts/e.charts", 400, NOW - HOUR / 4);

        int deleted = new SharedCache(dir, 1200).trim(NOW); // 2,000 bytes in all

        assertThat(deleted).isEqualTo(2);
        assertThat(oldest).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(old).exists();
        assertThat(recent).exists();
        assertThat(recentToo).exists();

        // files a build running now may still copy are spared, even above the size
        assertThat(new SharedCache(dir, 0).trim(NOW)).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(recentToo).exists();
    }

    @Test
    void aStoppedBuildsHalfWrittenFileGoesOnceItIsOld() throws IOException {
        Path left = file("charts/a.charts.123.1.new", 10, NOW - 2 * HOUR);
        Path writing = file("charts/b.charts.456.1.new", 10, NOW - 1000);

        assertThat(new SharedCache(dir, SharedCache.DEFAULT_BYTES).trim(NOW)).isEqualTo(1);

        assertThat(left).doesNotExist();
        assertThat(writing).exists();
    }

    @Test
    void aFileFoundIsMarkedUsedSoThatTrimmingKeepsItLonger() throws IOException {
        long now = System.currentTimeMillis();
        Path f = file("charts/x.charts", 10, now - 3 * HOUR);
        KeptFolder charts = new SharedCache(dir, 0).folder("charts");

        Optional<Path> found = charts.find("x.charts");

        assertThat(found).contains(f);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isGreaterThanOrEqualTo(now);
        assertThat(charts.find("missing.charts")).isEmpty();
    }

    @Test
    void filesNoBuildAskedForStayInTheSharedCacheButAreForgottenBesideAReport() throws IOException {
        long now = System.currentTimeMillis();
        Path shared = file("cache/charts/other-report.charts", 10, now);
        Path project = Files.createDirectories(dir.resolve("project"));
        Path output = Files.createDirectories(project.resolve("target/impact-site"));
        Path beside = file("project/target/.impact-site.charts/other.charts", 10, now);
        Path spilled = Files.writeString(dir.resolve("spilled"), "new");
        Path spilledToo = Files.writeString(dir.resolve("spilled-too"), "new");

        KeptFolder inCache = new SharedCache(dir.resolve("cache"), SharedCache.DEFAULT_BYTES).folder("charts");
        inCache.keepFile("mine.charts", spilled);
        assertThat(inCache.update(output)).isTrue();
        KeptFolder besideReport = KeptFolder.beside(output, project, "charts");
        besideReport.keepFile("mine.charts", spilledToo);
        besideReport.update(output);

        assertThat(shared).exists();
        assertThat(dir.resolve("cache/charts/mine.charts")).hasContent("new");
        assertThat(beside).doesNotExist();
        assertThat(output.resolveSibling(".impact-site.charts/mine.charts")).hasContent("new");
        try (var left = Files.list(dir.resolve("cache/charts"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("other-report.charts", "mine.charts");
        }
        assertThat(new SharedCache(dir.resolve("cache"), SharedCache.DEFAULT_BYTES).folder("charts").update(output))
                .as("a build that made nothing adds nothing").isFalse();
    }
}
