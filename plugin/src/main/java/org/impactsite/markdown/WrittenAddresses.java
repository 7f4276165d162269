package org.impactsite.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.impactsite.validate.Characters;

/** Addresses as people write them in a story: escapes, bare www. and e-mail addresses, fragments, and what a page can show. */
final class WrittenAddresses {

    private WrittenAddresses() {
    }

    /** {@code a%20b.md} is {@code a b.md}; a {@code %} that starts no escape ({@code 50%.md}) is itself. */
    static String percentDecoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAnEscape) {
            return path;
        }
    }

    static int firstOf(String s, String chars) {
        int best = s.length();
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private static final Pattern WWW =
            Pattern.compile("(?i)www\\.[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+([/?#].*)?");
    private static final Pattern EMAIL =
            Pattern.compile("[^\\s@/:?#\"<>]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    /**
     * An address written without its scheme, as people write them in text and as the automatic
     * links of a text give them: www.unicef.org becomes https://www.unicef.org, info@example.org
     * mailto:info@example.org. Anything else is returned as it is.
     */
    static String bareAddress(String url, boolean image, Path dir) {
        String u = url.strip();
        if (WWW.matcher(u).matches()) {
            return "https://" + u;
        }
        // not an image, nor a file beside the text (logo@2x.png)
        if (!image && EMAIL.matcher(u).matches() && (dir == null || !Files.exists(dir.resolve(u)))) {
            return "mailto:" + u;
        }
        return url;
    }

    /** A % that starts no escape (#50%-growth) written as %25, so that the address is valid. */
    static String lonePercents(String s) {
        return s.replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
    }

    /** The ids the default theme gives the parts of a case study's or a free page's page. */
    private static final Pattern THEME_IDS = Pattern.compile(
            "main|story|results|key-numbers|charts|sources|downloads|voices|campaign|awards|headlines|funders|browse"
                    + "|case-studies|(metric|level|year|source|chart)-.*|s-.*");

    /**
     * {@code #results} in a link to another case study or page: the theme's own part of that
     * name, else a heading of its text, whose ids start with {@code s-} ({@link StoryHtml#prefixIds}).
     */
    static String storyFragment(String suffix) {
        int hash = suffix.indexOf('#');
        if (hash < 0 || hash == suffix.length() - 1) {
            return suffix;
        }
        String fragment = suffix.substring(hash + 1);
        return THEME_IDS.matcher(fragment).matches() ? suffix : suffix.substring(0, hash + 1) + "s-" + fragment;
    }

    static String shorten(String url) {
        String oneLine = url.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    /**
     * The text with each character a web page cannot show (control characters such as the
     * vertical tab a word processor leaves for a line break, noncharacters) as a space: the same
     * length, so that problems keep their lines and columns.
     */
    static String showable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Characters.unshowable(cp)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = 0; k < n; k++) {
                    out.setCharAt(i + k, ' ');
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }
}
