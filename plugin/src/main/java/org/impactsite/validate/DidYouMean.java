package org.impactsite.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggestions for near misses ({@code valeu} for {@code value}), by optimal string alignment
 * distance (Levenshtein plus transpositions of neighbours), ignoring case.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code word}, when it is close enough to be a likely typo; ties go
     * to the candidate that sorts first, so the answer never depends on the collection's order.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        Objects.requireNonNull(word, "word");
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= allowed(w.length(), best.length())) {
            return Optional.of(best);
        }
        return candidates.stream().sorted()
                .filter(c -> startsAsWord(w, c.toLowerCase(Locale.ROOT)) || startsAsWord(c.toLowerCase(Locale.ROOT), w))
                .findFirst();
    }

    /** {@code "did you mean `value`?"}, or an empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean `" + c + "`?").orElse("");
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    /** Whether {@code text} starts with the word {@code prefix}: "bar-chart" starts with "bar". */
    private static boolean startsAsWord(String text, String prefix) {
        return prefix.length() >= 3 && text.length() > prefix.length() && text.startsWith(prefix)
                && !Character.isLetterOrDigit(text.charAt(prefix.length()));
    }

    private static int allowed(int length, int candidateLength) {
        int shorter = Math.min(length, candidateLength);
        if (shorter <= 3) {
            return 1;
        }
        return Math.min(3, Math.max(1, shorter / 3));
    }
}
