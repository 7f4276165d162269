package org.impactsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.Spill;
import org.impactsite.reuse.Folders;

/**
 * Writes a site into a staging folder beside the output folder and moves it into place only
 * when every file was written, so a failed build leaves the previous report as it was and no
 * file of an earlier build lingers. Files a build already wrote to its {@link Spill} are moved
 * into the staging folder.
 */
public final class SiteWriter {

    private final Path output;

    /**
     * Puts the last report back when a build was stopped (killed, the machine off) between
     * moving it aside and moving the new one in: the output folder is missing and the previous
     * one is still there. Nothing happens otherwise.
     */
    public static void recover(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path previous = out.resolveSibling("." + out.getFileName() + ".previous");
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, out);
        }
    }

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public void write(List<SiteFile> files) throws IOException {
        write(files, Spill.none(), staged -> { });
    }

    /** What is done with the finished new report before it replaces the old one (a record of it written). */
    public interface BeforeSwap {
        void accept(Path staged) throws IOException;
    }

    public void write(List<SiteFile> files, Spill spill) throws IOException {
        write(files, spill, staged -> { });
    }

    /** Writes {@code files}; those already written to {@code spill} are moved into place, not copied. */
    public void write(List<SiteFile> files, Spill spill, BeforeSwap beforeSwap) throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + output.getFileName() + ".staging");
        Path previous = parent.resolve("." + output.getFileName() + ".previous");
        Folders.deleteTree(staging);
        recover(output);
        Folders.deleteTree(previous);
        Files.createDirectories(staging);
        try {
            for (SiteFile file : files) {
                Path target = staging.resolve(file.path()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalStateException("site path leaves the output folder: " + file.path());
                }
                Files.createDirectories(target.getParent());
                if (file.content() != null) {
                    Files.write(target, file.content());
                } else if (spill.holds(file)) {
                    Files.move(file.source(), target);
                } else {
                    Files.copy(file.source(), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            beforeSwap.accept(staging);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging, e);
            throw e;
        }
        try {
            if (Files.exists(output)) {
                move(output, previous);
            }
            move(staging, output);
        } catch (IOException | RuntimeException e) {
            // the last report back in place, the new one gone
            deleteQuietly(staging, e);
            try {
                recover(output);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        Folders.deleteTree(previous);
    }

    /** Removes a half-written folder; what stops that (a read-only disk) is kept beside the first failure. */
    private static void deleteQuietly(Path folder, Exception first) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException | RuntimeException e) {
            first.addSuppressed(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
