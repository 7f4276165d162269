package org.impactsite.model;

import java.util.Objects;

/** Words of a participant, partner or expert. */
public record Quote(String text, String by, String role) {

    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
