package org.impactsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactsite.model.Project;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;

/** Helpers for tests that load whole report projects. */
final class Fixtures {

    private Fixtures() {
    }

    /** A loaded project and the problems found. */
    record Loaded(Project project, Problems problems) {

        /** Each problem as {@code path:line:column: severity: message}. */
        List<String> headlines() {
            return problems.all().stream().map(Problem::headline).toList();
        }
    }

    /** The project folder of a fixture under {@code src/test/resources/org/impactsite/load/}. */
    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the project in {@code projectRoot}, whose sources are {@code src/impact}. */
    static Loaded load(Path projectRoot) throws IOException {
        Problems problems = new Problems();
        Project project = new ProjectLoader(new ProjectPaths(projectRoot, projectRoot.resolve("src/impact")))
                .load(problems);
        return new Loaded(project, problems);
    }

    /** Writes a UTF-8 file under {@code root}, creating folders. */
    static Path write(Path root, String path, String text) {
        return writeBytes(root, path, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path root, String path, byte[] bytes) {
        try {
            Path f = root.resolve(path);
            Files.createDirectories(f.getParent());
            return Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project with a minimal site.yaml and the given case study as {@code case-studies/<name>.md}. */
    static Path withCaseStudy(Path root, String name, String text) {
        write(root, "src/impact/site.yaml", "title: Test report\n");
        write(root, "src/impact/case-studies/" + name + ".md", text);
        return root;
    }
}
