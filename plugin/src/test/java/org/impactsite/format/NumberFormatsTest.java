package org.impactsite.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    private final NumberFormats en = new NumberFormats(Locale.ENGLISH);
    private final NumberFormats zh = new NumberFormats(Locale.forLanguageTag("zh-CN"));

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void fullGroupsEveryDigit() {
        assertThat(en.full(n("1000000"))).isEqualTo("1,000,000");
        assertThat(en.full(n("0.25"))).isEqualTo("0.25");
    }

    @Test
    void compactKeepsOneDecimal() {
        assertThat(en.compact(n("2700000"))).isEqualTo("2.7M");
        assertThat(en.compact(n("1250000"))).isEqualTo("1.2M");
        assertThat(en.compact(n("15300000"))).isEqualTo("15.3M");
        assertThat(en.compact(n("384000"))).isEqualTo("384K");
        assertThat(en.compact(n("1000000"))).isEqualTo("1M");
        assertThat(en.compact(n("12500"))).isEqualTo("12.5K");
    }

    @Test
    void compactCarriesRoundingToTheNextUnit() {
        assertThat(en.compact(n("999999"))).isEqualTo("1M");
        assertThat(en.compact(n("99999"))).isEqualTo("100K");
    }

    @Test
    void compactLeavesSmallFiguresWhole() {
        assertThat(en.compact(n("4073"))).isEqualTo("4,073");
    }

    @Test
    void compactInChineseCountsInTenThousands() {
        assertThat(zh.compact(n("2700000"))).isEqualTo("270万");
        assertThat(zh.compact(n("384000"))).isEqualTo("38.4万");
    }

    @Test
    void wordsKeepOneDecimal() {
        assertThat(en.words(n("2700000"))).isEqualTo("2.7 million");
        assertThat(en.words(n("1000000"))).isEqualTo("1 million");
        assertThat(en.words(n("1500"))).isEqualTo("1,500");
    }

    @Test
    void changeIsSignedAndEmptyFromZero() {
        assertThat(en.change(n("1500"), n("4073"))).isEqualTo("+171.5%");
        assertThat(en.change(n("200"), n("150"))).isEqualTo("-25%");
        assertThat(en.change(BigDecimal.ZERO, n("5"))).isEmpty();
    }

    @Test
    void shareHasNoSign() {
        assertThat(en.share(n("4073"), n("5000"))).isEqualTo("81.5%");
        assertThat(en.share(n("1"), BigDecimal.ZERO)).isEmpty();
    }
}
