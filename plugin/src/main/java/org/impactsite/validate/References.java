package org.impactsite.validate;

import java.util.Collection;
import java.util.TreeSet;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/** Checks that an id written in one place names something defined in another. */
public final class References {

    private References() {
    }

    /**
     * Reports an error when {@code ref} is not among {@code known}.
     *
     * @param field   where the reference is written, for the message ({@code metrics[2].source})
     * @param defined where the ids are defined, for the message ({@code sources})
     * @return whether the reference is good
     */
    public static boolean check(String ref, Collection<String> known, String field, String defined,
            Location at, Problems problems) {
        if (known.contains(ref)) {
            return true;
        }
        String hint = DidYouMean.hint(ref, known);
        if (hint.isEmpty()) {
            hint = known.isEmpty()
                    ? "there is nothing in " + defined + " yet; add an entry with id: " + ref
                    : "the ids in " + defined + " are: " + String.join(", ", new TreeSet<>(known));
        }
        problems.error(at, field + " names \"" + ref + "\", which is not an id in " + defined, hint);
        return false;
    }
}
