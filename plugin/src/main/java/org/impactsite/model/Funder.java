package org.impactsite.model;

import java.util.Objects;

/** A funder named on the home page; {@code url} may be null. */
public record Funder(String name, String url) {

    public Funder {
        Objects.requireNonNull(name, "name");
    }
}
