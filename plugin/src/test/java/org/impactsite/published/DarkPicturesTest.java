package org.impactsite.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example's own pictures follow the reader's colour scheme: no white box on a dark page. */
class DarkPicturesTest {

    @Test
    void everyPaintedSvgOfTheExampleHasItsDarkColours() throws IOException {
        Path site = PublishedSites.all().get("example");
        List<Path> svgs;
        try (Stream<Path> files = Files.walk(site.resolve("assets"))) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(svgs).as("the example's results chain at least").isNotEmpty();
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            // pale boxes drawn on the page's own background (white on a coloured mark is fine)
            if (text.matches("(?s).*fill=\"#(?!ffffff)[ef][0-9a-f]{5}\".*")) {
                assertThat(text).as(svg + ": pale fills need dark ones").contains("prefers-color-scheme: dark");
            }
            assertThat(text).as(svg + ": a white background stays white on a dark page")
                    .doesNotContainPattern("<rect x=\"0\" y=\"0\" width=\"\\d+\" height=\"\\d+\" fill=\"#ffffff\"");
        }
    }
}
