package org.impactsite.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What slugs (the last part of a page's address) and ids (of metrics and sources) may look like.
 */
public final class Identifiers {

    /** Top-level names the site uses itself: a free page cannot take them. */
    public static final Set<String> RESERVED_PAGE_SLUGS = Set.of("case-studies", "themes", "channels",
            "countries", "years", "awards", "data", "schema", "assets", "theme", "index", "404", "feed",
            "sitemap", "robots");

    /** The longest slug accepted. */
    public static final int MAX_SLUG_LENGTH = 80;

    /** And at most this many bytes in UTF-8: a folder name may have 255 on most systems (80 letters of 4 bytes would not fit). */
    public static final int MAX_SLUG_BYTES = 160;

    private static final String SLUG_CHAR = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Nd}]";
    private static final Pattern ONE_SLUG_CHAR = Pattern.compile(SLUG_CHAR);
    private static final Pattern SLUG = Pattern.compile(SLUG_CHAR + "(?:(?:" + SLUG_CHAR + "|-)*" + SLUG_CHAR + ")?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private Identifiers() {
    }

    /**
     * Lower-case letters (any script), digits and inner hyphens: safe as a folder name on every
     * system and in a URL. No {@code /}, no dots, no spaces.
     */
    public static boolean isSafeSlug(String slug) {
        return !isTooLong(slug) && SLUG.matcher(slug).matches();
    }

    /** Longer than {@link #MAX_SLUG_LENGTH} letters or {@link #MAX_SLUG_BYTES} bytes. */
    public static boolean isTooLong(String slug) {
        return slug.codePointCount(0, slug.length()) > MAX_SLUG_LENGTH
                || slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SLUG_BYTES;
    }

    /**
     * A slug made from a file or folder name: {@code "Pets After Divorce"} becomes
     * {@code "pets-after-divorce"}. Empty when nothing usable is left.
     */
    public static String slugOf(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (ONE_SLUG_CHAR.matcher(c).matches()) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        String slug = sb.toString();
        while (isTooLong(slug)) {
            slug = slug.substring(0, slug.offsetByCodePoints(slug.length(), -1));
        }
        return slug.replaceAll("-+$", "");
    }

    /** A metric's or a source's id: ASCII letters, digits and inner hyphens ({@code followers-gained}). */
    public static boolean isSimpleId(String id) {
        return id.length() <= MAX_SLUG_LENGTH && ID.matcher(id).matches();
    }

    /** An id made simple, for hints: {@code followers_gained} becomes {@code followers-gained}. */
    public static String suggestId(String id) {
        return id.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
