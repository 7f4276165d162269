package org.impactsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.impactsite.portfolio.Addresses;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Severity;
import org.impactsite.publish.Json;

/**
 * Every problem of a run as SARIF 2.1.0, the format code hosts read to annotate the lines of a
 * change ({@code -Dimpact.problems=target/impact-problems.sarif}). Paths are relative to the
 * project (base {@code %SRCROOT%}), so the file is the same on every machine; a problem of a
 * build parameter has a logical location, its name.
 */
public final class ProblemsFile {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private ProblemsFile() {
    }

    /** The SARIF document of these problems. */
    public static String sarif(List<Problem> problems) {
        List<Object> results = new ArrayList<>();
        for (Problem p : problems) {
            Location at = p.location();
            Json.Obj result = Json.obj()
                    .put("ruleId", p.severity() == Severity.ERROR ? "impact-site.error" : "impact-site.warning")
                    .put("level", p.severity() == Severity.ERROR ? "error" : "warning")
                    .put("message", Json.obj().put("text", p.hint() == null || p.hint().isBlank() ? p.message()
                            : p.message() + "\nHint: " + p.hint()));
            if (at.isSetting()) {
                result.put("locations", List.of(Json.obj().put("logicalLocations",
                        List.of(Json.obj().put("name", at.path()).put("kind", "parameter")))));
            } else {
                result.put("locations", List.of(Json.obj().put("physicalLocation", Json.obj()
                        .put("artifactLocation", Json.obj().put("uri", uri(at.path())).put("uriBaseId", "%SRCROOT%"))
                        .put("region", Json.obj().put("startLine", Math.max(at.line(), 1)).put("startColumn", Math.max(at.column(), 1))))));
            }
            results.add(result);
        }
        Json.Obj driver = Json.obj().put("name", "impact-site")
                .put("rules", List.of(rule("impact-site.error", "error", "A mistake in the report's files: the report is not written."),
                        rule("impact-site.warning", "warning", "Something the report's readers may miss or misread; the report is written.")));
        String version = ProblemsFile.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("version", version);
        }
        return Json.write(Json.obj().put("$schema", SCHEMA).put("version", "2.1.0")
                .put("runs", List.of(Json.obj().put("tool", Json.obj().put("driver", driver)).put("results", results))));
    }

    private static Json.Obj rule(String id, String level, String text) {
        return Json.obj().put("id", id).put("shortDescription", Json.obj().put("text", text))
                .put("defaultConfiguration", Json.obj().put("level", level));
    }

    /** A relative path as a URI reference: each segment percent-encoded where it must be. */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (String segment : path.replace('\\', '/').split("/", -1)) {
            b.append(b.length() == 0 ? "" : "/").append(Addresses.encode(segment));
        }
        return b.toString();
    }

    /**
     * Writes the problems to {@code file}, which must lie inside the project (the report never
     * writes outside it); the folders above it are made.
     */
    public static void write(List<Problem> problems, Path file, Path projectRoot) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        if (!f.startsWith(root) || f.equals(root)) {
            throw new IOException("the problems file " + file + " is outside the project " + projectRoot
                    + "; give a path inside it, such as target/impact-problems.sarif");
        }
        Files.createDirectories(f.getParent());
        Path temporary = f.resolveSibling(f.getFileName() + ".new");
        Files.writeString(temporary, sarif(problems), StandardCharsets.UTF_8);
        Files.move(temporary, f, StandardCopyOption.REPLACE_EXISTING);
    }
}
