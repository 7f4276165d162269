package org.impactsite.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every problem found in one run. Thread-safe, so stages that work in parallel can
 * share one. Reading methods return sorted, immutable snapshots.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(Location at, String message, String hint) {
        add(new Problem(Severity.ERROR, at, message, hint));
    }

    public void warning(Location at, String message, String hint) {
        add(new Problem(Severity.WARNING, at, message, hint));
    }

    /** Whether a problem of this kind was found. */
    public synchronized boolean has(Problem.Kind kind) {
        return list.stream().anyMatch(p -> p.kind() == kind);
    }

    public synchronized void addAll(Problems other) {
        list.addAll(other.all());
    }

    /** All problems, sorted by file, line, column; duplicates removed. */
    public synchronized List<Problem> all() {
        return List.copyOf(new TreeSet<>(list));
    }

    public List<Problem> errors() {
        return all().stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return all().stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * One line for the end of a run: {@code "3 errors in 2 files"}, {@code "1 error in 1 file,
     * 2 warnings"}; {@code "no problems"} when there are none.
     */
    public String summary() {
        List<Problem> errors = errors();
        List<Problem> warnings = warnings();
        if (errors.isEmpty() && warnings.isEmpty()) {
            return "no problems";
        }
        StringBuilder sb = new StringBuilder();
        if (!errors.isEmpty()) {
            sb.append(counted(errors.size(), "error")).append(" in ").append(counted(fileCount(errors), "file"));
        }
        if (!warnings.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(counted(warnings.size(), "warning"));
            if (errors.isEmpty()) {
                sb.append(" in ").append(counted(fileCount(warnings), "file"));
            }
        }
        return sb.toString();
    }

    private static long fileCount(List<Problem> problems) {
        return problems.stream().map(p -> p.location().path()).distinct().count();
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
