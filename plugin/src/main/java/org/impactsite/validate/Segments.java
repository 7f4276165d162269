package org.impactsite.validate;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.impactsite.reuse.Sha256;

/** The rule that turns a name into one segment of a site address; two names share an address when their segments match. */
public final class Segments {

    private Segments() {
    }

    /**
     * A name as one path segment: lower case, runs of anything but letters and digits become one
     * hyphen. Letters of every script are kept ("性别暴力"). Never empty, never "." or "..".
     */
    public static String of(String name) {
        Objects.requireNonNull(name, "name");
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = !Character.isLetterOrDigit(cp);
            if (isWordChar(cp) && (!mark || sb.length() > 0 && !hyphen)) {
                // a mark (an accent, a variation selector) is kept on the letter it follows, never alone
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.appendCodePoint(cp);
            } else {
                hyphen = true;
            }
        }
        if (sb.length() > 0) {
            return shortened(sb.toString());
        }
        if (text.isEmpty()) {
            return "untitled";
        }
        List<String> hex = new ArrayList<>();
        text.codePoints().forEach(cp -> hex.add(Integer.toHexString(cp)));
        return shortened("x" + String.join("-", hex));
    }

    /** The most bytes a name's folder takes; a folder name may have 255 on most systems. */
    public static final int MAX_SEGMENT_BYTES = 120;

    /**
     * A segment cut to {@link #MAX_SEGMENT_BYTES} with a digest of the whole at its end, so that
     * two long names that begin alike keep folders of their own.
     */
    private static String shortened(String segment) {
        if (segment.getBytes(StandardCharsets.UTF_8).length <= MAX_SEGMENT_BYTES) {
            return segment;
        }
        String digest = Sha256.of(segment).substring(0, 8);
        String cut = segment;
        while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES - 9) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.replaceAll("-+$", "") + "-" + digest;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
