package org.impactsite.problem;

import java.util.Objects;

/**
 * A place in a user's file: the path relative to the project root (with forward slashes) and a
 * 1-based line and column. Line 0 means "the file as a whole".
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(path, "path");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** The whole file, without a line. */
    public static Location file(String path) {
        return new Location(path, 0, 0);
    }

    public Location withLine(int newLine, int newColumn) {
        return new Location(path, newLine, newColumn);
    }

    @Override
    public int compareTo(Location o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** A build parameter ({@code impact.baseUrl}), given on the command line or in the pom. */
    public static Location setting(String name) {
        if (!name.startsWith("impact.") || name.contains("/")) {
            throw new IllegalArgumentException("not a parameter of the plugin: " + name);
        }
        return new Location(name, 0, 0);
    }

    /** Whether this names a build parameter rather than a file. */
    public boolean isSetting() {
        return line == 0 && path.startsWith("impact.") && !path.contains("/");
    }

    /**
     * {@code path:line:column}; a problem of a whole file or folder (one that is missing, a
     * folder misnamed) is at {@code path:1:1}, so every line of a report reads alike and an
     * editor opens it; a build parameter is named alone.
     */
    @Override
    public String toString() {
        if (isSetting()) {
            return path;
        }
        return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }
}
