package org.impactsite.load;

import org.impactsite.figures.Units;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/** Money is written as an ISO 4217 code, so that only like amounts are ever added. */
final class CurrencyUnits {

    private CurrencyUnits() {
    }

    /** A warning at {@code at} when {@code unit} is a currency sign or local name ({@code $}, {@code RMB}, {@code yuan}). */
    static void check(String unit, Location at, Problems problems) {
        Units.codeFor(unit).ifPresent(code -> problems.warning(at, "the unit \"" + unit.strip()
                        + "\" looks like a currency: money is written as an ISO 4217 code, so that amounts in "
                        + "different currencies are never added as one",
                "write unit: " + code));
    }
}
