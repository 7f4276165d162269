package org.impactsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place that turns a path written by a user into a file, and that keeps every read
 * inside the report's source directory: {@code ..} that climbs out, absolute paths and symbolic
 * links that lead out are refused.
 */
public final class ProjectPaths {

    private final Path projectRoot;
    private final Path sourceRoot;
    private final Path realSourceRoot;

    /**
     * @param projectRoot the Maven project's folder; messages show paths relative to it
     * @param sourceRoot  the report's sources ({@code src/impact}); nothing outside is read
     */
    public ProjectPaths(Path projectRoot, Path sourceRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        Path real;
        try {
            real = Files.exists(this.sourceRoot) ? this.sourceRoot.toRealPath() : this.sourceRoot;
        } catch (IOException e) {
            real = this.sourceRoot;
        }
        this.realSourceRoot = real;
    }

    public Path projectRoot() {
        return projectRoot;
    }

    public Path sourceRoot() {
        return sourceRoot;
    }

    /** The path as shown in messages: relative to the project, forward slashes. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** Whether an absolute, normalised path lies inside the source directory (lexically). */
    public boolean isInside(Path file) {
        return file.toAbsolutePath().normalize().startsWith(sourceRoot);
    }

    /**
     * Resolves {@code ref}, written in a file that lives in {@code fromDir}, to an existing file
     * inside the source directory.
     *
     * @return the file, or the reason it cannot be used
     */
    public Resolution resolve(Path fromDir, String ref) {
        Objects.requireNonNull(fromDir, "fromDir");
        if (ref == null || ref.isBlank()) {
            return Resolution.refused("the path is empty");
        }
        String r = ref.trim();
        if (r.startsWith("/") || r.startsWith("\\") || r.startsWith("~") || startsWithDrive(r)) {
            return Resolution.refused("\"" + ref + "\" is an absolute path; write it relative to the file");
        }
        Path target;
        try {
            target = fromDir.toAbsolutePath().normalize().resolve(r).normalize();
        } catch (InvalidPathException e) {
            return Resolution.refused("\"" + ref + "\" is not a valid path");
        }
        if (!target.startsWith(sourceRoot)) {
            return Resolution.refused("\"" + ref + "\" leads outside the report's source folder "
                    + display(sourceRoot));
        }
        if (!Files.exists(target)) {
            return Resolution.missing("no file \"" + ref + "\" (looked for " + display(target) + ")");
        }
        try {
            if (!target.toRealPath().startsWith(realSourceRoot)) {
                return Resolution.refused("\"" + ref + "\" is a link to a place outside the report's source folder");
            }
        } catch (IOException e) {
            return Resolution.missing("cannot read \"" + ref + "\": " + e.getMessage());
        }
        return Resolution.found(target);
    }

    /**
     * The outcome of {@link #resolve}: a file, or a reason. {@code missing} tells a file that
     * does not exist from one that is refused.
     */
    public record Resolution(Path file, String reason, boolean missing) {

        static Resolution found(Path file) {
            return new Resolution(file, null, false);
        }

        static Resolution refused(String reason) {
            return new Resolution(null, reason, false);
        }

        static Resolution missing(String reason) {
            return new Resolution(null, reason, true);
        }

        public boolean ok() {
            return file != null;
        }
    }

    /** A Windows drive such as {@code C:} at the start (checked without a pattern: every asset path passes here). */
    private static boolean startsWithDrive(String r) {
        if (r.length() < 2 || r.charAt(1) != ':') {
            return false;
        }
        char c = r.charAt(0);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
