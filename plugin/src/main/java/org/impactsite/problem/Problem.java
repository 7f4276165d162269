package org.impactsite.problem;

import java.util.Objects;

/**
 * One located mistake in the user's files.
 *
 * @param hint how to fix it, in plain words; may be empty, never null
 * @param kind what code may react to; most problems are only told
 */
public record Problem(Severity severity, Location location, String message, String hint, Kind kind)
        implements Comparable<Problem> {

    /** Problems the build reacts to, beside reporting them. */
    public enum Kind {
        /** Only told to the user. */
        TOLD,
        /** A quoted YAML text not closed on its line: said once, where the quote starts. */
        UNCLOSED_QUOTE
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        hint = hint == null ? "" : hint;
    }

    public Problem(Severity severity, Location location, String message, String hint) {
        this(severity, location, message, hint, Kind.TOLD);
    }

    /** The same problem at another place. */
    public Problem at(Location other) {
        return new Problem(severity, other, message, hint, kind);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem o) {
        int c = location.compareTo(o.location);
        if (c != 0) {
            return c;
        }
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code path:line:column: error: message}, without the hint. */
    public String headline() {
        return location + ": " + severity.label() + ": " + message;
    }

    /** The headline, then the hint on its own indented line when there is one. */
    @Override
    public String toString() {
        return hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "    hint: " + hint;
    }
}
