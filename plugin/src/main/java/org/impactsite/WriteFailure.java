package org.impactsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.impactsite.load.ProjectPaths;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.impactsite.problem.Severity;

/**
 * A report that could not be written (the disk full, the folder read-only or not ours to
 * write): one located error naming the output folder and the system's reason. By then the
 * writer has removed what it had begun (staging copy, spill, new record) and the last report
 * is as it was.
 */
final class WriteFailure {

    private WriteFailure() {
    }

    /**
     * The error for a failure while the report was being made or written, or empty when the
     * failure is not about the output's folder (a file read elsewhere), which is thrown on.
     */
    static Optional<BuildResult> of(Exception thrown, BuildSettings settings) {
        IOException e = cause(thrown);
        Path folder = settings.outputDirectory().toAbsolutePath().normalize();
        if (e instanceof FileSystemException f && f.getFile() != null
                && !under(f.getFile(), folder.getParent()) && !under(f.getOtherFile(), folder.getParent())) {
            return Optional.empty();
        }
        ProjectPaths paths = new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
        Problems problems = new Problems();
        problems.error(Location.file(paths.display(folder)),
                "the report cannot be written to " + paths.display(folder) + ": " + reason(e) + "; the last report is left as it was",
                full(e) ? "free some space on that disk (while a report is replaced, the old and the new one are both there), "
                        + "then build again"
                        : "make the folder writable, or write the report elsewhere with -Dimpact.outputDirectory=..., then build again");
        return Optional.of(new BuildResult(problems, 0, 0, 0, 0, false, 0));
    }

    /** The warning that the parts kept for the next build could not be (the report itself is written). */
    static Problem notKept(Exception thrown, BuildSettings settings) {
        ProjectPaths paths = new ProjectPaths(settings.projectRoot(), settings.sourceDirectory());
        Path folder = settings.outputDirectory().toAbsolutePath().normalize();
        return new Problem(Severity.WARNING, Location.file(paths.display(folder.getParent())),
                "the charts, stories and pictures of this build could not be kept for the next one: " + reason(cause(thrown)),
                "the report is written; the next build makes them again (free some space to keep them)");
    }

    private static boolean under(String file, Path folder) {
        return file != null && Path.of(file).toAbsolutePath().normalize().startsWith(folder);
    }

    private static IOException cause(Exception thrown) {
        return thrown instanceof UncheckedIOException u ? u.getCause() : (IOException) thrown;
    }

    /** The system's words for it: "No space left on device", "Read-only file system", "access denied". */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            if (f instanceof AccessDeniedException) {
                return "access denied";
            }
            return f.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").replace(" Exception", "").toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean full(IOException e) {
        String r = reason(e).toLowerCase(Locale.ROOT);
        return r.contains("no space") || r.contains("quota") || r.contains("disk full");
    }
}
