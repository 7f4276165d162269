package org.impactsite.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a run as they are printed: all of them when they are few; when one file has
 * many (10,000 unknown keys in a generated front matter), its first {@link #PER_FILE} and a line
 * saying how many more it has, and at most {@link #IN_ALL} in all, so that the log stays
 * readable. The counts of the summary are always those of every problem.
 */
public final class Shown {

    /** The most problems printed for one file. */
    public static final int PER_FILE = 20;
    /** The most problems printed in all. */
    public static final int IN_ALL = 200;

    /** One printed entry: a problem, or (problem null) a line telling of those left out. */
    public record Line(Problem problem, String text, boolean error) {
    }

    private Shown() {
    }

    public static List<Line> of(List<Problem> sorted) {
        Map<String, Integer> shownPerFile = new HashMap<>();
        Map<String, int[]> leftOutPerFile = new LinkedHashMap<>();
        List<Line> out = new ArrayList<>();
        int shown = 0;
        int leftOut = 0;
        for (Problem p : sorted) {
            String file = p.location().path();
            int n = shownPerFile.merge(file, 1, Integer::sum);
            if (n > PER_FILE) {
                int[] count = leftOutPerFile.computeIfAbsent(file, f -> new int[2]);
                count[p.isError() ? 0 : 1]++;
                continue;
            }
            if (shown == IN_ALL) {
                leftOut++;
                continue;
            }
            out.add(new Line(p, p.toString(), p.isError()));
            shown++;
        }
        leftOutPerFile.forEach((file, count) -> out.add(new Line(null, file + ": and " + more(count[0], count[1])
                + " in this file, not shown; correct the ones above and build again", count[0] > 0)));
        if (leftOut > 0) {
            out.add(new Line(null, "and " + leftOut + " more problems in other files, not shown", true));
        }
        return out;
    }

    private static String more(int errors, int warnings) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " more error" : " more errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " more warning" : " more warnings"));
        }
        return String.join(" and ", parts);
    }
}
