package org.impactsite.figures;

import java.util.Collection;
import org.impactsite.model.Qualifier;

/** What a sum of figures may claim about its exactness, from the qualifiers of its parts. */
public final class Sums {

    private Sums() {
    }

    /**
     * The qualifier of a sum, each part's qualifier given (null for an exact figure): all exact,
     * exact (null); any "about" or "almost", "about"; only lower bounds ("more than", "at
     * least") and exact figures, "at least", or "more than" when every part is "more than".
     */
    public static Qualifier qualifier(Collection<Qualifier> parts) {
        boolean approximate = false;
        boolean lowerBound = false;
        boolean allMoreThan = !parts.isEmpty();
        for (Qualifier q : parts) {
            if (q == null) {
                allMoreThan = false;
                continue;
            }
            switch (q) {
                case ABOUT, ALMOST -> approximate = true;
                case MORE_THAN, AT_LEAST -> lowerBound = true;
                default -> throw new IllegalStateException("unknown qualifier " + q);
            }
            allMoreThan &= q == Qualifier.MORE_THAN;
        }
        if (approximate) {
            return Qualifier.ABOUT;
        }
        if (!lowerBound) {
            return null;
        }
        return allMoreThan ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
    }

    /** Whether a figure with this qualifier is only approximately known ("about", "almost"). */
    public static boolean isApproximate(Qualifier q) {
        return q == Qualifier.ABOUT || q == Qualifier.ALMOST;
    }
}
