package org.impactsite.load;

import java.util.Optional;
import org.impactsite.problem.Problems;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the very
 * start) and its body, with the real lines each part starts on.
 *
 * @param yaml      the YAML text, without the {@code ---} lines
 * @param yamlLine  the 1-based line of the file on which the YAML starts (2)
 * @param body      the Markdown after the closing {@code ---}
 * @param bodyLine  the 1-based line of the file on which the body starts
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /**
     * Splits {@code file}; reports a missing or unclosed front matter.
     *
     * @param what what the file is, for messages ("a case study", "a page")
     */
    static Optional<FrontMatter> split(SourceText file, String what, Problems problems) {
        String text = file.text();
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd))) {
            problems.error(file.at(1, 1), what + " must start with front matter: a line ---, then keys such as title:, "
                            + "then another line ---",
                    "put these three lines at the very top of the file:\n        ---\n        title: ...\n        ---");
            return Optional.empty();
        }
        int line = 2;
        int pos = Math.min(firstEnd + 1, text.length());
        int yamlStart = pos;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String current = text.substring(pos, end);
            if (isFence(current) || current.stripTrailing().equals("...")) {
                int bodyStart = Math.min(end + 1, text.length());
                return Optional.of(new FrontMatter(text.substring(yamlStart, pos), 2,
                        text.substring(bodyStart), line + 1));
            }
            pos = end + 1;
            line++;
        }
        problems.error(file.at(1, 1), "the front matter that starts here is never closed",
                "end the front matter with a line --- before the text of the story");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
