package org.impactsite.reuse;

import java.util.Arrays;
import java.util.List;

/**
 * What a kept value is and what it is made from: two keys are equal when their kind and every
 * input are, so a value is reused exactly when nothing it depends on changed.
 *
 * @param kind  what the value is
 * @param parts the inputs it is made from, compared by value (or by identity, wrapped in {@link Memo.Same})
 */
public record Key(Kind kind, List<Object> parts) {

    /** The kinds of value a build keeps. */
    public enum Kind {
        /** A case study as read from its file. */
        CASE_STUDY,
        /** The charts of one case study. */
        CHARTS,
        /** The charts of the whole portfolio. */
        PORTFOLIO_CHARTS,
        /** A case study's story as HTML. */
        STORY,
        /** A free page's text as HTML. */
        PAGE_TEXT,
        /** The home page's introduction as HTML. */
        INTRO,
        /** A rendered page. */
        PAGE,
        /** A part of pages that recurs on several of them (a case study's card). */
        FRAGMENT,
        /** A case study's open data. */
        OPEN_DATA,
        /** A case study's picture for social media. */
        CARD,
        /** The report's picture for social media. */
        SITE_CARD,
        /** The broken links of one page. */
        LINKS
    }

    public Key {
        parts = Arrays.asList(parts.toArray());
    }

    public static Key of(Kind kind, Object... parts) {
        return new Key(kind, Arrays.asList(parts));
    }
}
