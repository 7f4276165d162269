package org.impactsite;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.impactsite.load.ProjectPaths;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/** Checks of the run's own parameters: where the site may be written, and the overrides. */
final class OutputGuard {

    private OutputGuard() {
    }

    /** The output folder must lie inside the project and hold neither the sources nor the project. */
    static boolean check(BuildSettings s, ProjectPaths paths, Problems problems) {
        Path out = s.outputDirectory();
        Location at = Location.file("impact.outputDirectory");
        String shown = paths.display(out);
        if (out.equals(s.projectRoot()) || s.projectRoot().startsWith(out)) {
            problems.error(at, "the output folder " + shown + " is the project folder itself or holds it",
                    "write the report to a folder of its own, such as target/impact-site");
        } else if (out.startsWith(s.sourceDirectory()) || s.sourceDirectory().startsWith(out)) {
            problems.error(at, "the output folder " + shown + " overlaps the report's sources "
                    + paths.display(s.sourceDirectory()), "write the report to a folder of its own, such as target/impact-site");
        } else if (!out.startsWith(s.projectRoot())) {
            problems.error(at, "the output folder " + shown + " is outside the project",
                    "choose a folder inside the project, such as target/impact-site, and copy it from there");
        } else if (s.write() && Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(at, "the output folder " + shown + " is a file, and writing the report would replace it",
                    "write the report to a folder of its own, such as target/impact-site");
        } else if (s.write() && foreign(out).isPresent()) {
            problems.error(at, "the output folder " + shown + " holds files that impact-site did not write, such as "
                    + paths.display(foreign(out).get()) + ", and writing the report would delete them",
                    "write the report to a folder of its own, such as target/impact-site; if the folder holds an earlier "
                            + "report whose record " + paths.display(BuildRecord.fileFor(out)) + " was deleted, delete the folder");
        } else {
            return true;
        }
        return false;
    }

    /**
     * A file in an existing output folder that is not a report this plugin wrote (which leaves its
     * record beside it): writing the report replaces the whole folder. Empty when there is none.
     */
    private static Optional<Path> foreign(Path out) {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(BuildRecord.fileFor(out))) {
            return Optional.empty();
        }
        try (Stream<Path> inside = Files.walk(out)) {
            return inside.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.of(out);
        }
    }

    static String baseUrl(String value, Problems problems) {
        String v = value.trim();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return v.endsWith("/") ? v : v + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(Location.file("impact.baseUrl"), "baseUrl must be an absolute http(s) address, got \"" + v + "\"",
                "write it like https://impact.example.org/");
        return "";
    }

    static String language(String value, Problems problems) {
        Optional<String> canonical = org.impactsite.validate.LanguageTags.canonical(value.trim());
        if (canonical.isEmpty()) {
            problems.error(Location.file("impact.locale"), "locale must be a language tag such as en, zh-CN or ms, got \""
                    + value + "\"", org.impactsite.validate.LanguageTags.suggest(value.trim()).map(s -> "write -Dimpact.locale=" + s)
                            .orElse("use a BCP 47 tag: a two-letter language code, optionally a region (pt-BR)"));
            return "en";
        }
        return canonical.get();
    }
}
