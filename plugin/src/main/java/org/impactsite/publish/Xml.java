package org.impactsite.publish;

/**
 * Text for XML 1.0 documents written by hand, so that their bytes are stable: the five
 * markup characters become entities and characters XML cannot hold (most C0 controls, lone
 * surrogates, U+FFFE, U+FFFF) are left out.
 */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    }

    /** {@code <name>text</name>} with the text escaped. */
    static String element(String name, String text) {
        return "<" + name + ">" + escape(text) + "</" + name + ">";
    }
}
