package org.impactsite.load;

import java.nio.file.Path;
import java.util.Objects;
import org.impactsite.problem.Location;

/**
 * A user's file read as text: UTF-8, without a byte order mark, every line ending turned into
 * {@code \n} (so line numbers match what an editor shows).
 *
 * @param file        absolute and normalised
 * @param displayPath the path shown in messages, relative to the project
 */
record SourceText(Path file, String displayPath, String text) {

    SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(text, "text");
    }

    Location at(int line, int column) {
        return new Location(displayPath, line, column);
    }

    Location whole() {
        return Location.file(displayPath);
    }
}
