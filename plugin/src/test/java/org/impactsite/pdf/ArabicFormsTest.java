package org.impactsite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic letters take their joined forms, and come back to their plain letters. */
class ArabicFormsTest {

    @Test
    void lettersJoinWithinAWordAndLamAlefIsOneGlyph() {
        // seen (initial), lam-alef (final ligature), meem (alone: alef does not join what follows)
        assertThat(ArabicForms.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        // meem initial, hah medial, meem medial, dal final
        assertThat(ArabicForms.shape("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
        // alef alone, then lam with hamza-alef as its isolated ligature
        assertThat(ArabicForms.shape("الأ")).isEqualTo("\uFE8D\uFEF7");
        // a vowel mark does not break the joining: beh initial, mark, teh final
        assertThat(ArabicForms.shape("بَت")).isEqualTo("\uFE91\u064E\uFE96");
    }

    @Test
    void otherTextIsLeftAloneAndShapingIsUndone() {
        assertThat(ArabicForms.shape("Views 1,234 (TikTok)")).isEqualTo("Views 1,234 (TikTok)");
        assertThat(ArabicForms.shape("سلام world محمد")).endsWith("\uFEE3\uFEA4\uFEE4\uFEAA").contains(" world ");
        for (String word : new String[] {"سلام", "محمد", "صوت الأطفال", "بَت"}) {
            assertThat(ArabicForms.unshape(ArabicForms.shape(word))).isEqualTo(word);
        }
    }
}
