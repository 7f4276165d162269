package org.impactsite.reuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Work kept on disk between builds: files named by a digest of what they were made from, beside
 * the report ({@code target/.impact-site.<kind>}) or in a {@link SharedCache} for every report of
 * the machine. A build asks for the names it needs; what it makes anew is added only after the
 * report was written (a failed build keeps nothing). Beside the report, the files it did not ask
 * for are then forgotten; in the shared cache they stay (another report may use them) and the
 * cache is trimmed by size instead.
 */
public final class KeptFolder {

    private final Path dir;
    private final boolean shared;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Made by this build, by name: a file of the report (copied) or a file of the spill folder (moved). */
    private final Map<String, String> fromReport = new ConcurrentHashMap<>();
    private final Map<String, Path> fromFile = new ConcurrentHashMap<>();

    /**
     * @param output  the report's folder; the kept files are beside it
     * @param project the project's folder: a kept folder that leads out of it is not used
     * @param kind    the folder's name after the report's ({@code pictures})
     */
    public static KeptFolder beside(Path output, Path project, String kind) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path dir = out.resolveSibling("." + out.getFileName() + "." + kind);
        if (Files.isSymbolicLink(dir)) {
            Files.delete(dir); // a link put in its place is not followed
        }
        boolean inside = !Files.exists(dir) || dir.toRealPath().startsWith(project.toRealPath());
        return new KeptFolder(inside ? dir : null, false);
    }

    /** A folder of a {@link SharedCache}. */
    static KeptFolder shared(Path dir) {
        return new KeptFolder(dir, true);
    }

    /** @param dir null when the folder may not be used */
    private KeptFolder(Path dir, boolean shared) {
        this.dir = dir;
        this.shared = shared;
    }

    /** A name made of a SHA-256 of {@code parts}, and {@code suffix}. */
    public static String name(String suffix, String... parts) {
        return Sha256.of(parts) + suffix;
    }

    /** The kept file of that name, which this build uses. */
    public Optional<Path> find(String name) {
        if (dir == null) {
            return Optional.empty();
        }
        used.add(name);
        Path file = dir.resolve(name);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException absent) {
            return Optional.empty();
        }
        if (!a.isRegularFile()) {
            return Optional.empty();
        }
        if (shared) {
            SharedCache.touch(file, a.lastModifiedTime(), System.currentTimeMillis());
        }
        return Optional.of(file);
    }

    /** To be kept once the report is written: its file at {@code sitePath}. */
    public void keepFromReport(String name, String sitePath) {
        if (dir != null) {
            used.add(name);
            fromReport.put(name, sitePath);
        }
    }

    /** To be kept once the report is written: {@code file}, moved (a file of the build's spill folder). */
    public void keepFile(String name, Path file) {
        if (dir != null && file != null) {
            used.add(name);
            fromFile.put(name, file);
        }
    }

    /**
     * After the report was written: keeps what this build made and, beside the report, forgets
     * what it did not use. Returns whether anything was added.
     */
    public boolean update(Path output) throws IOException {
        if (dir == null || fromReport.isEmpty() && fromFile.isEmpty() && shared) {
            return false;
        }
        boolean added = !fromReport.isEmpty() || !fromFile.isEmpty();
        if (added) {
            Files.createDirectories(dir);
        }
        // each file is put in place whole, under its name, by one atomic rename: a build reading
        // the folder at the same time sees it or not, never half of it
        for (Map.Entry<String, String> e : fromReport.entrySet()) {
            Path temporary = temporary(e.getKey());
            Files.copy(output.resolve(e.getValue()), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Map.Entry<String, Path> e : fromFile.entrySet()) {
            if (shared) {
                Path temporary = temporary(e.getKey());
                Files.move(e.getValue(), temporary, StandardCopyOption.REPLACE_EXISTING); // a copy when on another disk
                Files.move(temporary, dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(e.getValue(), dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (shared || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return added;
        }
        List<Path> unused;
        try (Stream<Path> files = Files.list(dir)) {
            unused = files.filter(p -> !used.contains(p.getFileName().toString())).toList();
        }
        for (Path p : unused) {
            Files.deleteIfExists(p);
        }
        return added;
    }

    /** A file name for {@code name} while it is written, that no other build writing it at the same time uses. */
    private Path temporary(String name) {
        return dir.resolve(shared ? name + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".new"
                : name + ".new");
    }

    /** The files kept now, by name. */
    public Set<String> kept() throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
