package org.impactsite.model;

import java.nio.file.Path;
import java.util.Objects;
import org.impactsite.problem.Location;

/**
 * Markdown text together with where it came from, so the renderer can resolve relative links
 * and report a problem at its real line.
 *
 * @param file        the absolute, normalised file the text was read from
 * @param displayPath the file's path relative to the project, as shown in messages
 * @param firstLine   the 1-based line of the file on which {@code text} starts
 */
public record Markdown(String text, Path file, String displayPath, int firstLine) {

    public Markdown {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayPath, "displayPath");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be >= 1, got " + firstLine);
        }
    }

    /**
     * Where {@code needle} first appears in the text, as a line and column of the file (lines
     * end at LF, CR LF or CR); the text's first line when it does not appear.
     */
    public Location locationOf(String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return new Location(displayPath, firstLine, 1);
        }
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(displayPath, line, text.codePointCount(lineStart, at) + 1);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
