package org.impactsite.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypefacesTest {

    private final Typefaces fonts = Typefaces.bundled();

    @Test
    void theFontsComeWithThePluginAndCoverTheScriptsItPromises() {
        assertThat(fonts.faces()).extracting(Typefaces.Face::family).containsExactly("DejaVu Sans", "WenQuanYi Micro Hei");
        assertThat(Typefaces.class.getResource("/org/impactsite/fonts/LICENSE-DejaVu.txt")).isNotNull();
        assertThat(Typefaces.class.getResource("/org/impactsite/fonts/LICENSE-WenQuanYi-Micro-Hei.txt")).isNotNull();
        // Latin, Greek, Cyrillic, Hebrew, Arabic; Chinese (simplified and traditional), Japanese kana, Korean
        for (String text : List.of("Reach é ß", "Ελληνικά", "Русский", "עברית", "مياه نظيفة", "清洁水", "清潔水", "ひらがなカタカナ", "한국어")) {
            StringBuilder missing = new StringBuilder();
            fonts.runs(text, missing);
            assertThat(missing).as(text).isEmpty();
        }
        assertThat(fonts.faces().get(0).font(Font.BOLD, 14).isBold()).as("marked bold for the SVG").isTrue();
        assertThat(fonts.faces().get(1).font(Font.BOLD, 14).isBold()).isTrue();
        assertThat(fonts.faces().get(0).font(Font.PLAIN, 14).getFontName()).isEqualTo("DejaVu Sans");
    }

    @Test
    void eachCharacterIsSetInTheFirstFontThatHasItAndWhatNoneHasIsLeftOutAndNamed() {
        StringBuilder missing = new StringBuilder();
        List<Typefaces.Run> runs = fonts.runs("乡村 water \uD83D\uDCA7 ok \u0e19", missing);
        assertThat(runs).extracting(Typefaces.Run::text).containsExactly("乡村 ", "water  ok ");
        assertThat(runs).extracting(r -> r.face().family()).containsExactly("WenQuanYi Micro Hei", "DejaVu Sans");
        assertThat(missing.toString()).isEqualTo("\uD83D\uDCA7\u0e19");
        StringBuilder none = new StringBuilder();
        assertThat(fonts.runs("", none)).isEmpty();
        assertThat(fonts.runs("a\u200db\ufe0f", none)).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("a\u200db\ufe0f"));
        assertThat(none).as("joiners and variation selectors draw nothing and are not missing").isEmpty();
    }

    @Test
    void aGroupOfTextsIsSetInTheFontThatDrawsAllOfThemElseTheOneThatDrawsMost() {
        assertThat(fonts.faceFor(List.of("Views", "Reach")).family()).isEqualTo("DejaVu Sans");
        assertThat(fonts.faceFor(List.of("Views", "乡村供水点")).family()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(fonts.faceFor(List.of("مياه", "水")).family()).as("4 Arabic letters against 1 Chinese").isEqualTo("DejaVu Sans");
        assertThat(fonts.faceFor(java.util.Arrays.asList("Views", null)).family()).isEqualTo("DejaVu Sans");
    }
}
