package org.impactsite.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/** Which link targets a published page may carry: http(s), mailto, fragments and relative paths. */
public final class UrlPolicy {

    public enum Kind { RELATIVE, FRAGMENT, WEB, MAIL, REFUSED }

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private UrlPolicy() {
    }

    /** Classifies a target after entity decoding, removal of control characters and spaces, and case folding. */
    public static Kind classify(String raw) {
        String decoded = Parser.unescapeEntities(raw, true);
        StringBuilder sb = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT).forEach(sb::appendCodePoint);
        String s = sb.toString().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Kind.REFUSED;
        }
        if (s.startsWith("#")) {
            return Kind.FRAGMENT;
        }
        if (s.startsWith("//") || s.startsWith("\\")) {
            return Kind.REFUSED;
        }
        Matcher m = SCHEME.matcher(s);
        if (!m.find()) {
            return s.contains(":") && s.indexOf(':') < WrittenAddresses.firstOf(s, "/?#") ? Kind.REFUSED : Kind.RELATIVE;
        }
        return switch (m.group(1)) {
            case "http", "https" -> Kind.WEB;
            case "mailto" -> Kind.MAIL;
            default -> Kind.REFUSED;
        };
    }
}
