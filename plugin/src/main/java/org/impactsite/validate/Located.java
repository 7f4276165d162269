package org.impactsite.validate;

import java.util.Objects;
import org.impactsite.problem.Location;

/** A value together with the place in a user's file it was read from, for later checks. */
public record Located<T>(T value, Location at) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }
}
