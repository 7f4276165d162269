package org.impactsite.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.impactsite.figures.Change.Kind;
import org.impactsite.format.NumberFormats;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private final NumberFormats en = new NumberFormats(Locale.ENGLISH);

    private static Change change(Qualifier bq, String before, Qualifier aq, String after) {
        return Change.of(new BigDecimal(before), bq, new BigDecimal(after), aq);
    }

    private String written(Change c) {
        return c.kind() + " " + en.change(c);
    }

    @Test
    void exactFiguresGiveAPercentageToATenth() {
        assertThat(written(change(null, "1500", null, "4073"))).isEqualTo("PERCENT +171.5%");
        assertThat(written(change(null, "200", null, "150"))).isEqualTo("PERCENT -25%");
        assertThat(written(change(null, "1000", null, "30000"))).isEqualTo("PERCENT +2,900%");
    }

    @Test
    void aQualifierOnEitherSideMakesAMultipleOnceTheFigureDoubled() {
        assertThat(written(change(Qualifier.ABOUT, "1000", Qualifier.MORE_THAN, "30000"))).isEqualTo("TIMES 30");
        assertThat(written(change(null, "1000", Qualifier.ABOUT, "2500"))).isEqualTo("TIMES 2.5");
        assertThat(written(change(Qualifier.AT_LEAST, "1000", null, "2000"))).isEqualTo("TIMES 2");
        // two significant digits, not more
        assertThat(written(change(Qualifier.ALMOST, "3", null, "1000"))).isEqualTo("TIMES 330");
    }

    @Test
    void belowDoubleARoughChangeIsAWholePercentage() {
        assertThat(written(change(null, "1000", Qualifier.ABOUT, "1437"))).isEqualTo("ROUGH_PERCENT +44%");
        assertThat(written(change(Qualifier.ABOUT, "1000", null, "600"))).isEqualTo("ROUGH_PERCENT -40%");
    }

    @Test
    void nothingIsStatedWhereThereIsNoBaseOrTheRoughChangeRoundsToNothing() {
        assertThat(change(null, "0", null, "10").isStated()).isFalse();
        assertThat(change(Qualifier.ABOUT, "800", null, "801").kind()).isEqualTo(Kind.NONE);
        assertThat(en.change(change(Qualifier.ABOUT, "800", null, "801"))).isEmpty();
        assertThat(change(null, "800", null, "801").kind()).isEqualTo(Kind.PERCENT);
    }
}
