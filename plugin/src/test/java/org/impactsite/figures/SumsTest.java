package org.impactsite.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;

class SumsTest {

    private static Qualifier sum(Qualifier... parts) {
        return Sums.qualifier(Arrays.asList(parts));
    }

    @Test
    void allExactIsExact() {
        assertThat(sum(null, null, null)).isNull();
        assertThat(Sums.qualifier(List.of())).isNull();
    }

    @Test
    void anyApproximationMakesTheSumApproximate() {
        assertThat(sum(null, Qualifier.ABOUT)).isEqualTo(Qualifier.ABOUT);
        assertThat(sum(null, Qualifier.ALMOST)).isEqualTo(Qualifier.ABOUT);
        assertThat(sum(Qualifier.ALMOST, Qualifier.ALMOST)).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void exactAndLowerBoundsGiveALowerBound() {
        assertThat(sum(null, Qualifier.MORE_THAN)).isEqualTo(Qualifier.AT_LEAST);
        assertThat(sum(null, Qualifier.AT_LEAST)).isEqualTo(Qualifier.AT_LEAST);
        assertThat(sum(Qualifier.AT_LEAST, Qualifier.MORE_THAN)).isEqualTo(Qualifier.AT_LEAST);
        assertThat(sum(Qualifier.MORE_THAN, Qualifier.MORE_THAN)).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void lowerBoundsWithApproximationsAreApproximate() {
        assertThat(sum(Qualifier.MORE_THAN, Qualifier.ABOUT)).isEqualTo(Qualifier.ABOUT);
        assertThat(sum(Qualifier.AT_LEAST, Qualifier.ALMOST, null)).isEqualTo(Qualifier.ABOUT);
    }
}
