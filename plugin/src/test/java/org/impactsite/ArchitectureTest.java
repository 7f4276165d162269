package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from its sources: packages that depend on each other in one
 * direction only (so the package list reads as the pipeline), every dependency on another
 * package stated in an import, and no class too long to read.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/impactsite");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.impactsite((?:\\.[a-z]\\w*)*)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])org\\.impactsite(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");

    private static final Map<String, String> SOURCES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                SOURCES.put(MAIN.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        assertThat(SOURCES).hasSizeGreaterThan(100);
    }

    static String packageOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "(root)" : file.substring(0, slash).replace('/', '.');
    }

    /** Package to the packages its classes import. */
    static Map<String, Set<String>> dependencies(Map<String, String> sources) {
        Map<String, Set<String>> deps = new TreeMap<>();
        sources.forEach((file, text) -> {
            String from = packageOf(file);
            Set<String> to = deps.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String target = m.group(1).isEmpty() ? "(root)" : m.group(1).substring(1);
                if (!target.equals(from)) {
                    to.add(target);
                }
            }
        });
        return deps;
    }

    /** The packages in an order where each depends only on those before it; fails naming a cycle. */
    static List<String> layers(Map<String, Set<String>> deps) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String p : deps.keySet()) {
            visit(p, deps, visiting, order);
        }
        return order;
    }

    private static void visit(String p, Map<String, Set<String>> deps, Set<String> visiting, List<String> order) {
        if (order.contains(p)) {
            return;
        }
        if (!visiting.add(p)) {
            List<String> path = new ArrayList<>(visiting);
            throw new AssertionError("package cycle: " + String.join(" -> ", path.subList(path.indexOf(p), path.size())) + " -> " + p);
        }
        for (String d : deps.getOrDefault(p, Set.of())) {
            visit(d, deps, visiting, order);
        }
        visiting.remove(p);
        order.add(p);
    }

    /**
     * The packages in the order a build uses them: the shared ground (problems, the model, reuse,
     * rules, arithmetic of figures and their formats), then reading, the portfolio, the plan of
     * the site, charts, stories, open data, pages, the site's files, the build, preview, goals.
     */
    static final List<String> PIPELINE = List.of("problem", "model", "reuse", "fonts", "validate", "figures", "format", "load",
            "portfolio", "plan", "chart", "markdown", "publish", "page", "site", "pdf", "(root)", "serve", "mojo");

    @Test
    void packagesDependOnEachOtherInOneDirection() {
        Map<String, Set<String>> deps = dependencies(SOURCES);
        System.out.println("packages, each using only those before it: " + String.join(", ", layers(deps)));
        assertThat(PIPELINE).containsExactlyInAnyOrderElementsOf(deps.keySet());
        List<String> backwards = new ArrayList<>();
        deps.forEach((from, to) -> to.stream().filter(t -> PIPELINE.indexOf(t) > PIPELINE.indexOf(from))
                .forEach(t -> backwards.add(from + " uses " + t)));
        assertThat(backwards).as("a package uses only those before it in " + PIPELINE).isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, String> knot = Map.of(
                "load/A.java", "package org.impactsite.load;\nimport org.impactsite.portfolio.B;\n",
                "portfolio/B.java", "package org.impactsite.portfolio;\nimport org.impactsite.site.C;\n",
                "site/C.java", "package org.impactsite.site;\nimport static org.impactsite.load.A.f;\n");
        assertThatThrownBy(() -> layers(dependencies(knot)))
                .hasMessage("package cycle: load -> portfolio -> site -> load");
    }

    @Test
    void everyUseOfAnotherPackageIsAnImport() {
        List<String> qualified = new ArrayList<>();
        SOURCES.forEach((file, text) -> {
            if (file.endsWith("package-info.java")) {
                return;
            }
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("import ") && !lines[i].startsWith("package ") && QUALIFIED.matcher(lines[i]).find()) {
                    qualified.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
            if (text.contains("import org.impactsite.") && Pattern.compile("^import [\\w.]+\\.\\*;", Pattern.MULTILINE)
                    .matcher(text).find()) {
                qualified.add(file + ": a wildcard import hides what it uses");
            }
        });
        assertThat(qualified).isEmpty();
    }

    @Test
    void noClassIsOverFourHundredLines() {
        Map<String, Long> longer = new TreeMap<>();
        SOURCES.forEach((file, text) -> {
            long lines = text.lines().count();
            if (lines > 400) {
                longer.put(file, lines);
            }
        });
        assertThat(longer).isEmpty();
    }
}
