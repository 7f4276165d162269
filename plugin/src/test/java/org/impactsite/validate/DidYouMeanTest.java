package org.impactsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    private static final List<String> KEYS = KeySchema.METRIC.keys();

    @ParameterizedTest
    @CsvSource({"valeu, value", "vaule, value", "Value, value", "lable, label", "sorce, source", "bseline, baseline",
            "targte, target", "serie, series", "qualifer, qualifier", "unti, unit", "ID, id"})
    void suggestsTheClosestKey(String typo, String expected) {
        assertThat(DidYouMean.closest(typo, KEYS)).contains(expected);
        assertThat(DidYouMean.hint(typo, KEYS)).isEqualTo("did you mean `" + expected + "`?");
    }

    @ParameterizedTest
    @CsvSource({"budget", "x", "description", "amount"})
    void staysQuietWhenNothingIsClose(String word) {
        assertThat(DidYouMean.closest(word, KEYS)).isEmpty();
        assertThat(DidYouMean.hint(word, KEYS)).isEmpty();
    }

    @Test
    void suggestsAWordThatStartsTheTypo() {
        assertThat(DidYouMean.closest("bar-chart", List.of("bar", "line", "before-after"))).contains("bar");
        assertThat(DidYouMean.closest("before", List.of("bar", "line", "before-after"))).contains("before-after");
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(DidYouMean.distance("valeu", "value")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("same", "same")).isZero();
    }

    @Test
    void tiesGoToTheCandidateThatSortsFirst() {
        assertThat(DidYouMean.closest("bat", List.of("cat", "bar"))).contains("bar");
        assertThat(DidYouMean.closest("bat", List.of("bar", "cat"))).contains("bar");
    }
}
