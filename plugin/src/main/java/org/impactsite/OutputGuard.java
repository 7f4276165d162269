package org.impactsite;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

import org.impactsite.load.ProjectPaths;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/** Checks of the run's own parameters: where the site may be written, and the overrides. */
final class OutputGuard {

    private OutputGuard() {
    }

    /** The output folder must lie inside the project and hold neither the sources nor the project. */
    static boolean check(BuildSettings s, ProjectPaths paths, Problems problems) {
        Path out = s.outputDirectory();
        Location at = Location.file("impact.outputDirectory");
        String shown = paths.display(out);
        if (out.equals(s.projectRoot()) || s.projectRoot().startsWith(out)) {
            problems.error(at, "the output folder " + shown + " is the project folder itself or holds it",
                    "write the report to a folder of its own, such as target/impact-site");
        } else if (out.startsWith(s.sourceDirectory()) || s.sourceDirectory().startsWith(out)) {
            problems.error(at, "the output folder " + shown + " overlaps the report's sources "
                    + paths.display(s.sourceDirectory()), "write the report to a folder of its own, such as target/impact-site");
        } else if (!out.startsWith(s.projectRoot())) {
            problems.error(at, "the output folder " + shown + " is outside the project",
                    "choose a folder inside the project, such as target/impact-site, and copy it from there");
        } else {
            return true;
        }
        return false;
    }

    static String baseUrl(String value, Problems problems) {
        String v = value.trim();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return v.endsWith("/") ? v : v + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(Location.file("impact.baseUrl"), "baseUrl must be an absolute http(s) address, got \"" + v + "\"",
                "write it like https://impact.example.org/");
        return "";
    }

    static String language(String value, Problems problems) {
        Locale locale = Locale.forLanguageTag(value.trim());
        if (locale.getLanguage().isEmpty()) {
            problems.error(Location.file("impact.locale"), "locale must be a language tag such as en, zh-CN or ms, got \""
                    + value + "\"", "use a BCP 47 language tag");
            return "en";
        }
        return locale.toLanguageTag();
    }
}
