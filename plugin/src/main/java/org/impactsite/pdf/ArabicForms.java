package org.impactsite.pdf;

/**
 * Arabic letters joined as they are written: each letter of a word takes its initial, medial,
 * final or isolated form, and lam followed by alef their ligature, as the Unicode presentation
 * forms (U+FE80 to U+FEFC) the plugin's fonts carry. The PDF library draws characters, not
 * shaped glyphs, so without this every letter would stand alone. Text in logical order.
 */
final class ArabicForms {

    /** For each letter from U+0621 to U+064A: how many forms it has (0: none, not a letter that joins). */
    private static final int[] FORMS = new int[0x64A - 0x621 + 1];
    /** The first (isolated) presentation form of each letter with forms. */
    private static final int[] FIRST = new int[FORMS.length];

    static {
        int[] counts = {1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4};
        int form = 0xFE80;
        for (int i = 0; i < counts.length; i++) {
            FORMS[i] = counts[i];
            FIRST[i] = form;
            form += counts[i];
        }
        int[] later = {4, 4, 4, 4, 4, 4, 4, 2, 2, 4}; // U+0641 feh to U+064A yeh
        for (int i = 0; i < later.length; i++) {
            FORMS[0x641 - 0x621 + i] = later[i];
            FIRST[0x641 - 0x621 + i] = form;
            form += later[i];
        }
    }

    private static final int TATWEEL = 0x640;
    private static final int LAM = 0x644;

    private ArabicForms() {
    }

    private static int forms(int c) {
        return c >= 0x621 && c <= 0x64A ? FORMS[c - 0x621] : 0;
    }

    /** Whether a letter joins the one after it (it has initial and medial forms, or is the tatweel). */
    private static boolean joinsNext(int c) {
        return c == TATWEEL || forms(c) == 4;
    }

    /** Whether a letter joins the one before it. */
    private static boolean joinsPrevious(int c) {
        return c == TATWEEL || forms(c) >= 2;
    }

    /** Vowel marks and other marks that sit on a letter and do not break its joining. */
    private static boolean transparent(int c) {
        return c >= 0x64B && c <= 0x65F || c == 0x670 || c >= 0x610 && c <= 0x61A || c >= 0x6D6 && c <= 0x6ED;
    }

    /** Which of the four lam-alef ligatures, or -1 when {@code c} is not an alef. */
    private static int alef(int c) {
        return switch (c) {
            case 0x622 -> 0;
            case 0x623 -> 1;
            case 0x625 -> 2;
            case 0x627 -> 3;
            default -> -1;
        };
    }

    /** The text with its Arabic letters in their joined forms; other text unchanged. */
    static String shape(String text) {
        if (text.chars().noneMatch(c -> forms(c) > 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (forms(c) == 0) {
                out.append(c);
                continue;
            }
            int previous = neighbour(text, i, -1);
            int nextAt = next(text, i);
            int next = nextAt < n ? text.charAt(nextAt) : -1;
            boolean before = previous >= 0 && joinsNext(previous) && joinsPrevious(c);
            if (c == LAM && next >= 0 && alef(next) >= 0) {
                out.append((char) (0xFEF5 + 2 * alef(next) + (before ? 1 : 0)));
                // the marks between lam and alef stay; the alef is in the ligature
                out.append(text, i + 1, nextAt);
                i = nextAt;
                continue;
            }
            boolean after = next >= 0 && joinsNext(c) && joinsPrevious(next);
            int first = FIRST[c - 0x621];
            int form = forms(c) == 4 ? (before && after ? 3 : after ? 2 : before ? 1 : 0) : before && forms(c) >= 2 ? 1 : 0;
            out.append((char) (first + form));
        }
        return out.toString();
    }

    /** The letters back in their plain forms, lam-alef as two letters. */
    static String unshape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFEF5 && c <= 0xFEFC) {
                out.append((char) LAM).append((char) new int[] {0x622, 0x623, 0x625, 0x627}[(c - 0xFEF5) / 2]);
            } else if (c >= 0xFE80 && c < 0xFEF5) {
                out.append((char) base(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int base(int form) {
        for (int i = 0; i < FIRST.length; i++) {
            if (FORMS[i] > 0 && form >= FIRST[i] && form < FIRST[i] + FORMS[i]) {
                return 0x621 + i;
            }
        }
        return form;
    }

    /** The letter before position {@code i}, marks skipped; -1 at the start of the text. */
    private static int neighbour(String text, int i, int step) {
        for (int j = i + step; j >= 0 && j < text.length(); j += step) {
            char c = text.charAt(j);
            if (!transparent(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Where the letter after position {@code i} is, marks skipped; the text's length when there is none. */
    private static int next(String text, int i) {
        int j = i + 1;
        while (j < text.length() && transparent(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
