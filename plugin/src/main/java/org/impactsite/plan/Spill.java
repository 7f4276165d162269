package org.impactsite.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.impactsite.reuse.Folders;

/**
 * Generated files written to disk as soon as they are made, so that a large report is not held
 * in memory until the end of the build. They go to a folder of their own beside the output
 * ({@code target/.impact-site.spill}), not into the report: the site writer moves them into
 * place only when the whole build succeeded, and the folder is deleted whatever happened.
 */
public final class Spill implements AutoCloseable {

    private static final Spill NONE = new Spill(null);

    private final Path dir;
    private final AtomicLong next = new AtomicLong();

    private Spill(Path dir) {
        this.dir = dir;
    }

    /** Keeps every file in memory (the preview, validation). */
    public static Spill none() {
        return NONE;
    }

    /**
     * A spill folder beside {@code output}, made when the first file is kept; a leftover of an
     * interrupted build is deleted first.
     */
    public static Spill beside(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path dir = out.resolveSibling("." + out.getFileName() + ".spill");
        Folders.deleteTree(dir);
        return new Spill(dir);
    }

    /** {@code f} with its bytes written to the spill folder, or {@code f} itself when there is none. */
    public SiteFile keep(SiteFile f) {
        if (dir == null || f.content() == null) {
            return f;
        }
        return SiteFile.copy(f.path(), write(f.content()));
    }

    /** Writes {@code bytes} to a new file of the spill folder and says which; null when there is none. */
    public Path write(byte[] bytes) {
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(Long.toString(next.incrementAndGet()));
        try {
            if (!created) {
                create();
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private volatile boolean created;

    /** The folder is made when the first file is kept: a build that stops early writes nothing. */
    private synchronized void create() throws IOException {
        if (!created) {
            Path top = dir;
            while (top.getParent() != null && !Files.exists(top.getParent())) {
                top = top.getParent();
            }
            made = top;
            Files.createDirectories(dir);
            created = true;
        }
    }

    /** The highest folder that making the spill folder created (target/, say), removed again if left empty. */
    private Path made;

    /** Whether {@code f}'s bytes are in this spill folder (they may be moved rather than copied). */
    public boolean holds(SiteFile f) {
        return dir != null && f.source() != null && f.source().startsWith(dir);
    }

    /** A file's bytes, from memory or from the spill folder; null for a copy of a source file. */
    public byte[] bytes(SiteFile f) {
        if (f.content() != null) {
            return f.content();
        }
        if (!holds(f)) {
            return null;
        }
        try {
            return Files.readAllBytes(f.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the spill folder, what is left in it, and the folders made for it that are now empty. */
    @Override
    public synchronized void close() throws IOException {
        if (dir == null || !created) {
            return;
        }
        Folders.deleteTree(dir);
        for (Path p = dir.getParent(); made != null && p != null && p.startsWith(made); p = p.getParent()) {
            try (java.util.stream.Stream<Path> inside = Files.list(p)) {
                if (inside.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(p);
        }
    }
}
