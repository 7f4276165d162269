package org.impactsite.load;

import java.util.Objects;
import java.util.Optional;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A YAML text inside a user's file: turns the parser's 0-based marks into the file's real
 * 1-based lines and columns, and collects the problems found in it.
 *
 * @param displayPath the file as shown in messages
 * @param firstLine   the file's 1-based line on which the YAML text starts
 * @param whole       where to report a problem that has no mark (the front matter's first line)
 */
record YamlDoc(String displayPath, int firstLine, Location whole, Problems problems) {

    YamlDoc {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(problems, "problems");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be >= 1, got " + firstLine);
        }
    }

    Location at(Optional<Mark> mark) {
        return mark.map(m -> new Location(displayPath, firstLine + m.getLine(), m.getColumn() + 1)).orElse(whole);
    }

    Location at(Node node) {
        return at(node.getStartMark());
    }

    void error(Node node, String message, String hint) {
        problems.error(at(node), message, hint);
    }
}
