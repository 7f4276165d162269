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

    /** {@code path:line:column}, or just {@code path} when there is no line. */
    @Override
    public String toString() {
        if (line == 0) {
            return path;
        }
        return path + ":" + line + ":" + Math.max(column, 1);
    }
}
