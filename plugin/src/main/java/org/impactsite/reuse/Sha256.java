package org.impactsite.reuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of texts and bytes, as the build record and the kept folders name what they hold. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new digest. */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Adds a text and a zero byte after it, so that "ab", "c" and "a", "bc" differ. */
    public static void text(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /** The digest in hexadecimal, lower case. */
    public static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }

    /** The digest of the texts, each followed by a zero byte, in hexadecimal. */
    public static String of(String... parts) {
        MessageDigest md = start();
        for (String part : parts) {
            text(md, part);
        }
        return hex(md);
    }
}
