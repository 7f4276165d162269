package org.impactsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.impactsite.load.ProjectPaths;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.BaseAddresses;
import org.impactsite.validate.LanguageTags;

/** Checks of the run's own parameters: where the site may be written, and the overrides. */
final class OutputGuard {

    private OutputGuard() {
    }

    /**
     * The output folder must lie inside the project, hold neither the sources nor the project, and
     * be a folder of its own: missing, empty, or holding only what the last build wrote there.
     * Paths are compared where they really lead (a symbolic link in the way is followed), and
     * the output folder itself may be a link (it is replaced, not followed).
     */
    static boolean check(BuildSettings s, ProjectPaths paths, Problems problems) {
        Path out = s.outputDirectory();
        Location at = Location.setting("impact.outputDirectory");
        String shown = paths.display(out);
        String ownFolder = "write the report to a folder of its own, such as target/impact-site";
        Optional<Path> blocker = fileInTheWay(out, s.projectRoot());
        Path real = real(out);
        Path project = real(s.projectRoot());
        Path sources = real(s.sourceDirectory());
        Optional<Path> foreign = s.write() ? foreign(out) : Optional.empty();
        if (blocker.isPresent()) {
            problems.error(at, "the output folder " + shown + " would lie inside " + paths.display(blocker.get())
                    + ", which is a file", ownFolder);
        } else if (real.equals(project) || project.startsWith(real)) {
            problems.error(at, "the output folder " + shown + " is the project folder itself or holds it", ownFolder);
        } else if (real.startsWith(sources) || sources.startsWith(real)) {
            problems.error(at, "the output folder " + shown + " overlaps the report's sources "
                    + paths.display(s.sourceDirectory()), ownFolder);
        } else if (!real.startsWith(project)) {
            problems.error(at, "the output folder " + shown + " is outside the project",
                    "choose a folder inside the project, such as target/impact-site, and copy it from there");
        } else if (s.write() && Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(out)) {
            problems.error(at, "the output folder " + shown + " is a file, and writing the report would replace it", ownFolder);
        } else if (s.cache() != null && overlaps(real(s.cache().dir()), real, sources)) {
            problems.error(Location.setting("impact.cache"), "the cache folder " + paths.display(s.cache().dir())
                    + " overlaps the report's folder " + shown + " or its sources " + paths.display(s.sourceDirectory())
                    + ": the report would replace it, or the build read it as content",
                    "leave impact.cache unset (a folder in your home), or name a folder of its own, or -Dimpact.cache=off");
        } else if (foreign.isPresent()) {
            boolean recorded = BuildRecord.writtenPaths(out).isPresent();
            problems.error(at, "the output folder " + shown + " holds " + paths.display(foreign.get())
                    + (recorded ? ", which the last report did not write there" : " and other files, with no record of a report"
                            + " written there (" + paths.display(BuildRecord.fileFor(out)) + ")")
                            + "; the report replaces the whole folder, which would delete them",
                    recorded ? "move such files out of " + shown + "; files to publish with the report go in src/impact/assets/"
                            : "if the folder only holds an earlier report, delete it; otherwise choose another outputDirectory");
        } else {
            return true;
        }
        return false;
    }

    private static boolean overlaps(Path cache, Path out, Path sources) {
        return cache.startsWith(out) || out.startsWith(cache) || cache.startsWith(sources) || sources.startsWith(cache);
    }

    /** Where a path really leads: its nearest existing folder's real path, and the rest as written. */
    private static Path real(Path p) {
        Path existing = p.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? p : existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    /** A file (not a folder) among the output folder's parents up to the project: the report could not be written there. */
    private static Optional<Path> fileInTheWay(Path out, Path projectRoot) {
        for (Path p = out.getParent(); p != null && p.startsWith(projectRoot); p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * A file in an existing output folder that the last build did not write there (its record
     * lists them; without a record, any file): writing the report replaces the whole folder.
     */
    private static Optional<Path> foreign(Path out) {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Set<String> written = BuildRecord.writtenPaths(out).orElse(Set.of());
        try (Stream<Path> inside = Files.walk(out)) {
            return inside.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !written.contains(out.relativize(p).toString())).sorted().findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(out);
        }
    }

    static String baseUrl(String value, Problems problems) {
        Optional<String> problem = BaseAddresses.problemWith(value);
        if (problem.isPresent()) {
            problems.error(Location.setting("impact.baseUrl"), "baseUrl " + problem.get(), BaseAddresses.hint());
            return "";
        }
        return BaseAddresses.canonical(value);
    }

    static String language(String value, Problems problems) {
        Optional<String> canonical = LanguageTags.canonical(value);
        if (canonical.isEmpty()) {
            problems.error(Location.setting("impact.locale"), "locale " + LanguageTags.refusal(value),
                    LanguageTags.hint(value, s -> "write -Dimpact.locale=" + s));
            return "en";
        }
        return canonical.get();
    }
}
