package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.impactsite.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to real projects (the example site and a test portfolio): characters
 * that matter to YAML, Markdown and CSV, deleted and repeated lines, bad bytes. Whatever the
 * damage, a whole build (load, validate, charts, pages, link check; nothing written) ends with
 * located problems and never with an exception.
 *
 * <p>Runs for {@code fuzz.seconds} (default 15) in the normal build; longer on demand, e.g.
 * {@code mvn -pl plugin test -Dtest=FuzzTest -Dfuzz.seconds=600}. A failure names its seed;
 * {@code -Dfuzz.seed=N} replays that one case, and {@code -Dfuzz.start=N} starts a long run elsewhere.
 */
class FuzzTest {

    private static final String[] TOKENS = {
        ":", ": ", "- ", "-", "[", "]", "{", "}", "&a ", "*a", "*b ", "!!binary ", "!!int ", "<<: *a\n", "? ",
        "|", "|-\n", ">", "'", "\"", "#", "%", "@", "`", "\t", "\n", "\r\n", "\r", " ", "\u0000", "\uFEFF",
        "\u2028", "\u00a0", "中文", "😀", "\uD800", "0", "1e999", "-0", "0x1F", ".inf", ".nan", "2020-13-45",
        "2021-02-29", "99999999999999999999999", "-5", "1.2M", "about ", "null", "~", "[[[[[[[[[[[[",
        "{a: {b: {c: ", "\"\\u0000\"", "!<tag:yaml.org,2002:str> ", "%YAML 1.1\n", "---\n", "...\n",
        "id: ", "value: ", "series: ", "metrics:\n  - ", "type: ", "../", "/etc/passwd", "~/.ssh",
        "<script>", "](javascript:x)", "![i](", "[^1]", "|---|\n", "${x}", "<#if>", "date,value\n", ",,,\n",
    };

    /** Seeds that once found a bug, replayed in every run. */
    private static final long[] FOUND = {102755, 5270};

    @TempDir
    Path dir;

    @Test
    void damagedProjectsGiveLocatedProblemsNeverExceptions() throws IOException {
        List<Map<String, byte[]>> corpus = List.of(
                read(Path.of("../example-site/src/impact")),
                read(Path.of("src/test/resources/build/portfolio/src/impact")));
        String only = System.getProperty("fuzz.seed");
        long seconds = Long.getLong("fuzz.seconds", 15);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long first = only != null ? Long.parseLong(only) : Long.getLong("fuzz.start", 1);
        long seed = first;
        int cases = 0;
        if (only == null) {
            for (long found : FOUND) {
                runOne(corpus, found);
            }
        }
        do {
            runOne(corpus, seed);
            cases++;
            seed++;
        } while (only == null && System.nanoTime() < deadline);
        System.out.println("fuzz: " + cases + " damaged projects built, seeds " + first + ".." + (seed - 1));
        assertThat(cases).isPositive();
    }

    private void runOne(List<Map<String, byte[]>> corpus, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, byte[]> files = new TreeMap<>(corpus.get(random.nextInt(corpus.size())));
        List<String> candidates = files.keySet().stream()
                .filter(p -> p.endsWith(".md") || p.endsWith(".yaml") || p.endsWith(".csv")).toList();
        int damaged = 1 + random.nextInt(3);
        for (int i = 0; i < damaged; i++) {
            String victim = candidates.get(random.nextInt(candidates.size()));
            files.put(victim, damage(files.get(victim), random));
        }
        Path project = dir.resolve("p" + seed);
        Path src = project.resolve("src/impact");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = src.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        BuildResult result;
        try {
            result = ImpactBuildTest.build(project, false);
        } catch (Throwable t) {
            throw new AssertionError("seed " + seed + " (replay with -Dfuzz.seed=" + seed + ") threw " + t, t);
        }
        for (Problem p : result.problems().all()) {
            if (p.location().path().isBlank() || p.location().path().startsWith("/")
                    || p.message().isBlank() || p.hint() == null || p.hint().isBlank()) {
                fail("seed " + seed + ": problem without a proper location or hint: " + p);
            }
            // the place named is real: a file of the project (or a parameter), a line it has, a column on that line
            if (!p.location().path().startsWith("impact.")) {
                Path file = project.resolve(p.location().path());
                if (!Files.exists(file)) {
                    fail("seed " + seed + ": problem in a file that is not there: " + p);
                }
                if (p.location().line() > 0 && Files.isRegularFile(file)) {
                    String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
                    int line = p.location().line();
                    if (line > lines.length + 1) {
                        fail("seed " + seed + ": line " + line + " of a file of " + lines.length + " lines: " + p);
                    }
                    int width = line <= lines.length ? lines[line - 1].codePointCount(0, lines[line - 1].length()) : 0;
                    if (p.location().column() > width + 2) {
                        fail("seed " + seed + ": column " + p.location().column() + " of a line " + width + " wide: " + p);
                    }
                }
            }
        }
        delete(project);
    }

    /** One to four edits of the kinds that break files in real life. */
    static byte[] damage(byte[] original, SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            byte[] b = original.clone();
            if (b.length > 0) {
                b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            return b;
        }
        StringBuilder text = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> {
                    if (at < text.length()) {
                        text.setCharAt(at, TOKENS[random.nextInt(TOKENS.length)].charAt(0));
                    }
                }
                case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 3 -> {
                    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
                    int line = random.nextInt(lines.size());
                    lines.add(line, lines.get(line));
                    text.setLength(0);
                    text.append(String.join("\n", lines));
                }
                case 4 -> {
                    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
                    int a = random.nextInt(lines.size());
                    int b = random.nextInt(lines.size());
                    String t = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, t);
                    text.setLength(0);
                    text.append(String.join("\n", lines));
                }
                default -> text.setLength(Math.min(text.length(), at));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
