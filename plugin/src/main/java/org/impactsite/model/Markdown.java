package org.impactsite.model;

import java.nio.file.Path;
import java.util.Objects;

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

    public boolean isBlank() {
        return text.isBlank();
    }
}
