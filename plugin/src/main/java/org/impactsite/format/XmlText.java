package org.impactsite.format;

/**
 * User text made fit for XML 1.0 (the SVG of charts, the feed, the sitemap), one rule for all:
 * the five markup characters become references, and characters XML cannot hold (C0 controls
 * other than tab and line ends, lone surrogates, U+FFFE, U+FFFF) are left out. The apostrophe
 * is written {@code &#39;}, which XML and HTML both know.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Text for XML content or an attribute value, line ends kept. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
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

    /**
     * Text for one line of a picture (a chart's label), not yet escaped: every control character,
     * line ends too, becomes a space, and characters XML cannot hold are left out.
     */
    public static String line(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c < 0x20) {
                b.append(' ');
            } else if (allowed(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    }
}
