package org.impactsite.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.impactsite.model.CaseStudy;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.Segments;

/** Themes and channels written differently that would share one index page. */
final class SharedAddresses {

    private SharedAddresses() {
    }

    /**
     * Names whose index pages would share an address ("C++" and "C", "Gender & rights" and
     * "gender rights") are listed on one page under the first name; unless they differ only in
     * capitals and spaces, that is worth a word.
     */
    /** @param namesAt where each case study (by slug) writes each name */
    static void check(String kind, Function<CaseStudy, List<String>> names,
            List<CaseStudy> caseStudies, Map<String, Map<String, Location>> namesAt, Problems problems) {
        Map<String, String> firstBySlug = new HashMap<>();
        Set<String> told = new HashSet<>();
        for (CaseStudy cs : caseStudies) {
            for (String name : names.apply(cs)) {
                String slug = Segments.of(name);
                String first = firstBySlug.putIfAbsent(slug, name);
                if (first != null && !loose(first).equals(loose(name)) && told.add(slug + "\u0000" + name)) {
                    problems.warning(namesAt.getOrDefault(cs.slug(), Map.of()).getOrDefault(name, Location.file(cs.body().displayPath())), "the " + kind + " \"" + name + "\" gets the same page as \""
                            + first + "\" (" + kind + "s/" + slug + "/), so both are listed on one page under one of the two names",
                            "write the same name in both places, or names that differ in letters or digits");
                }
            }
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private static String loose(String name) {
        return SEPARATORS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
