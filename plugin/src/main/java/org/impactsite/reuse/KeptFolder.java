package org.impactsite.reuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Work kept on disk between builds, beside the report ({@code target/.impact-site.<kind>}):
 * files named by a digest of what they were made from. A build asks for the names it needs;
 * what it makes anew is added only after the report was written (a failed build keeps nothing),
 * and the files it did not ask for are then forgotten.
 */
public final class KeptFolder {

    private final Path dir;
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
        return new KeptFolder(inside ? dir : null);
    }

    /** @param dir null when the folder may not be used */
    private KeptFolder(Path dir) {
        this.dir = dir;
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
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
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

    /** After the report was written: keeps what this build made and forgets what it did not use. */
    public void update(Path output) throws IOException {
        if (dir == null) {
            return;
        }
        if (!fromReport.isEmpty() || !fromFile.isEmpty()) {
            Files.createDirectories(dir);
        }
        for (Map.Entry<String, String> e : fromReport.entrySet()) {
            Path temporary = dir.resolve(e.getKey() + ".new");
            Files.copy(output.resolve(e.getValue()), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Map.Entry<String, Path> e : fromFile.entrySet()) {
            Files.move(e.getValue(), dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> unused;
        try (Stream<Path> files = Files.list(dir)) {
            unused = files.filter(p -> !used.contains(p.getFileName().toString())).toList();
        }
        for (Path p : unused) {
            Files.deleteIfExists(p);
        }
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
