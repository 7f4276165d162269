package org.impactsite.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Work kept for every report of the machine: charts, stories and pictures named by a digest of
 * what they are made from, in one folder per kind under {@code dir} ({@code ~/.cache/impact-site}
 * by default), so that a build after {@code mvn clean}, or in a CI job that keeps the folder,
 * draws only what changed. Safe to delete at any time. Kept to about {@code maxBytes}: after a
 * build that added to it, the files used longest ago go first, except those used within the
 * last hour (a build running at the same time may be about to copy them).
 *
 * @param dir      the folder, absolute
 * @param maxBytes the size it is trimmed to
 */
public record SharedCache(Path dir, long maxBytes) {

    /** 1 GiB: the work of about 10,000 case studies. */
    public static final long DEFAULT_BYTES = 1L << 30;

    /** A file used more recently than this is not trimmed, and its use is not noted again. */
    static final long RECENT_MILLIS = 60 * 60 * 1000L;

    public SharedCache {
        Objects.requireNonNull(dir, "dir");
        dir = dir.toAbsolutePath().normalize();
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
    }

    /**
     * The folder a user's settings name: {@code setting} when it is a path, none (work kept beside
     * the report only) for {@code off}, and by default {@code $XDG_CACHE_HOME/impact-site} or
     * {@code ~/.cache/impact-site}.
     */
    public static Path folder(String setting, Map<String, String> env, String userHome) {
        if (setting != null && !setting.isBlank()) {
            String s = setting.trim();
            return s.equalsIgnoreCase("off") || s.equalsIgnoreCase("none") || s.equalsIgnoreCase("false") ? null : Path.of(s);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("impact-site");
    }

    /** A size as written by a user: bytes, or a number with k, m or g (1024s); -1 when it is not one. */
    public static long size(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("b") && s.length() > 1 && !Character.isDigit(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1); // "512mb"
        }
        long unit = 1;
        if (!s.isEmpty() && "kmg".indexOf(s.charAt(s.length() - 1)) >= 0) {
            unit = 1L << (10 * ("kmg".indexOf(s.charAt(s.length() - 1)) + 1));
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(s) * unit;
    }

    /** The kept files of one kind ({@code charts}). */
    public KeptFolder folder(String kind) {
        return KeptFolder.shared(dir.resolve(kind));
    }

    /**
     * Deletes the files used longest ago until the cache holds at most {@link #maxBytes}, sparing
     * those used within the last hour; a leftover of a stopped build (a {@code .new} file) older
     * than that goes too. Returns the number of files deleted.
     */
    public int trim(long nowMillis) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        record Entry(Path file, long size, long used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        int deleted = 0;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException gone) {
                    continue; // removed meanwhile by another build
                }
                if (!a.isRegularFile()) {
                    continue;
                }
                long used = a.lastModifiedTime().toMillis();
                boolean recent = nowMillis - used < RECENT_MILLIS;
                if (f.getFileName().toString().endsWith(".new")) {
                    if (!recent && Files.deleteIfExists(f)) {
                        deleted++;
                    }
                    continue;
                }
                total += a.size();
                if (!recent) {
                    entries.add(new Entry(f, a.size(), used));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        entries.sort(Comparator.comparingLong(Entry::used).thenComparing(Entry::file));
        for (Entry e : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (Files.deleteIfExists(e.file())) {
                deleted++;
            }
            total -= e.size();
        }
        return deleted;
    }

    /** Notes that {@code file} was used now, so that trimming keeps it longer; a file that cannot be touched is left. */
    static void touch(Path file, FileTime last, long nowMillis) {
        if (nowMillis - last.toMillis() >= RECENT_MILLIS) {
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(nowMillis));
            } catch (IOException | UnsupportedOperationException ignored) {
                // only its place in the trimming order is lost
            }
        }
    }
}
