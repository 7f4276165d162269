package org.impactsite.model;

import java.util.Objects;

/** Where figures come from: an article, a report, a platform's analytics export. */
public record Source(String id, String title, String publisher, String url, PartialDate date) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
