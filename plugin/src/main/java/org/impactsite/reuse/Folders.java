package org.impactsite.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Folders the build makes for itself and removes again. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, if it is there; a link in it is deleted, not followed. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * What a folder holds, cheaply: each file (and folder) below it, to {@code depth} levels, as its
     * path relative to the folder with its size and time of last change, in path order; links are
     * not followed. A key part that changes whenever a file in it does. One entry saying the folder
     * could not be read, never equal to another, when it cannot be.
     */
    public static List<String> listing(Path dir, int depth, Predicate<Path> include) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            List<String> out = new ArrayList<>();
            for (Path f : walk.filter(include).sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                out.add(dir.relativize(f) + " " + a.size() + " " + a.lastModifiedTime().toMillis());
            }
            return List.copyOf(out);
        } catch (IOException | UncheckedIOException e) {
            return List.of("unreadable " + System.nanoTime());
        }
    }
}
