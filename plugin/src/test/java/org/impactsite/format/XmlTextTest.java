package org.impactsite.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One XML rule for charts, feed and sitemap. */
class XmlTextTest {

    @Test
    void markupBecomesReferencesAndWhatXmlCannotHoldIsLeftOut() {
        assertThat(XmlText.escape("<a href=\"x\">Tom's & Jerry's</a>")).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(XmlText.escape("one\ntwo\tthree\r\u0007\u000b\uFFFE\uD800end 😀"))
                .isEqualTo("one\ntwo\tthree\rend 😀");
    }

    @Test
    void aLineOfAPictureHasSpacesForEveryControlCharacter() {
        assertThat(XmlText.line("one\ntwo\tthree\u000b\uDC00 😀 <b>")).isEqualTo("one two three  😀 <b>");
        assertThat(XmlText.escape(XmlText.line("a\nb's"))).isEqualTo("a b&#39;s");
    }
}
