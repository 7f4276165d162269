package org.impactsite.model;

import java.util.Objects;

/**
 * A page from {@code pages/} (about, methodology), published at {@code <slug>/}.
 *
 * @param order position in the navigation, smaller first; pages with the same order sort by title
 */
public record FreePage(String slug, String title, String summary, int order, Markdown body) {

    public FreePage {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
