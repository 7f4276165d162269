package org.impactsite.validate;

/** Characters a web page cannot carry, wherever a user's text comes from (YAML values, stories). */
public final class Characters {

    private Characters() {
    }

    /**
     * Control characters but tab and line breaks (C0, DEL, C1), noncharacters (U+FDD0 to U+FDEF
     * and the last two of every plane), and a surrogate standing alone.
     */
    public static boolean unshowable(int cp) {
        boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7f && cp <= 0x9f;
        boolean nonCharacter = cp >= 0xfdd0 && cp <= 0xfdef || (cp & 0xfffe) == 0xfffe;
        return control || nonCharacter || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }
}
