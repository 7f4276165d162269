package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void numbersHaveAtMostTwoDecimals() {
        assertThat(SvgWriter.number(720)).isEqualTo("720");
        assertThat(SvgWriter.number(12.5)).isEqualTo("12.5");
        assertThat(SvgWriter.number(19.564453125)).isEqualTo("19.56");
        assertThat(SvgWriter.number(-0.004)).isEqualTo("0");
        assertThat(SvgWriter.number(-3.25)).isEqualTo("-3.25");
        assertThat(SvgWriter.number(0.05)).isEqualTo("0.05");
    }

    @Test
    void escapeCoversMarkupAndQuotes() {
        assertThat(SvgWriter.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void plainDropsWhatXmlCannotHold() {
        assertThat(SvgWriter.plain("a\u0000b\nc\uFFFEd\uD800e")).isEqualTo("a b cde");
        assertThat(SvgWriter.plain("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
    }
}
